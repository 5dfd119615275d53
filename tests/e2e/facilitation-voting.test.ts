/**
 * Dot voting with a facilitator (the demo trainer) and two participants in real Chromium:
 * votes are counted per note, nobody can see another person's dots while the vote is open (not
 * on screen, not in the shared document, not from the server), and the counts and the ranking
 * reach everyone — and the document — when the facilitator ends it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFacilitatedRoom, type FacilitatedRoom } from "./fixtures/browser-session";
import { VotingSteps } from "./fixtures/voting-page";

let room: FacilitatedRoom;
let trainer: VotingSteps;
let anna: VotingSteps;
let bram: VotingSteps;

beforeAll(async () => {
  room = await openFacilitatedRoom();
  [anna, bram, trainer] = [new VotingSteps(room.anna), new VotingSteps(room.bram), new VotingSteps(room.trainer)];
}, 120_000);

afterAll(async () => {
  await room?.session.close();
});

describe("dot voting", () => {
  it("counts votes per note, keeps them anonymous while open, and shows counts and ranking at the end", async () => {
    // The trainer sets the Ideate stage; the participants put notes on it.
    await trainer.room.setStageForEveryone("ideate");
    for (const person of [trainer, anna, bram]) await person.room.expectStage("ideate");
    await anna.room.addStickyNote("Idee A", { x: 300, y: 300 });
    await bram.room.addStickyNote("Idee B", { x: 620, y: 300 });
    await anna.room.addStickyNote("Idee C", { x: 460, y: 560 });
    for (const person of [trainer, anna, bram]) {
      for (const text of ["Idee A", "Idee B", "Idee C"]) await person.room.expectNote(text, 3_000);
    }
    const notes = await trainer.notes();
    const idOf = (text: string) => {
      const note = notes.find((candidate) => candidate.text === text);
      if (!note) throw new Error(`no note ${text}`);
      return note.id;
    };
    const [noteA, noteB, noteC] = [idOf("Idee A"), idOf("Idee B"), idOf("Idee C")];

    await trainer.startVote(2, 1);
    await anna.waitForRemaining(2);
    await bram.waitForRemaining(2);

    await anna.dot(noteA);
    await anna.dot(noteB);
    await bram.dot(noteB);
    expect(await anna.remaining()).toBe(0);
    expect(await bram.remaining()).toBe(1);
    // Own dots only: Bram sees his dot on B and none on A, though Anna voted for A.
    expect(await bram.myDotsOn(noteB)).toBe(1);
    expect(await bram.myDotsOn(noteA)).toBe(0);
    expect(await anna.myDotsOn(noteA)).toBe(1);

    // No trace of anyone's dots while open: no counts on screen, nothing in the document…
    for (const person of [trainer, anna, bram]) {
      expect(await person.countOn(noteA)).toBeNull();
      expect(await person.countOn(noteB)).toBeNull();
    }
    const bramMap = await bram.roomMap();
    expect(bramMap.vote).toMatchObject({ status: "open", results: null, votesPerPerson: 2, maxPerNote: 1 });
    const bramMapJson = JSON.stringify(bramMap);
    for (const noteId of [noteA, noteB, noteC]) expect(bramMapJson).not.toContain(noteId);
    // …and the server tells Bram only his own.
    const bramFromServer = await bram.voteStatusFromServer();
    expect(bramFromServer).toMatchObject({ session: { status: "open" }, myVotes: [noteB], votesCast: null, counts: null });
    expect(JSON.stringify(bramFromServer)).not.toContain(noteA);

    await trainer.endVote();
    for (const person of [trainer, anna, bram]) {
      await person.waitForCount(noteB, 2);
      expect(await person.countOn(noteA)).toBe("1");
      expect(await person.countOn(noteC)).toBe("0");
      await person.page.locator('[data-testid="vote-results"]').waitFor({ timeout: 5_000 });
      const ranking = await person.ranking();
      expect(ranking).toHaveLength(2);
      expect(ranking[0]).toContain("Idee B");
      expect(ranking[0]).toContain("2");
      expect(ranking[1]).toContain("Idee A");
      expect(ranking[1]).toContain("1");
      // The counts are in the shared document, so they stay in the board's history.
      expect((await person.roomMap()).vote).toMatchObject({
        status: "ended",
        results: { [noteA]: 1, [noteB]: 2 },
      });
    }
    // The participants' dot buttons are gone.
    expect(await anna.page.locator(`[data-testid="vote-dot-${noteA}"]`).count()).toBe(0);
  });
});
