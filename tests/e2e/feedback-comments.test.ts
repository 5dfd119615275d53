/**
 * Trainer feedback in real Chromium: the demo trainer pins a comment on a stage; the
 * participants of that room see the pin and the thread and reply; the trainer sees the reply;
 * resolving takes the unresolved count from 1 to 0 for both; a participant of another group gets
 * 403 from the comments API.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFacilitatedRoom, type FacilitatedRoom } from "./fixtures/browser-session";
import { FeedbackSteps } from "./fixtures/feedback-page";

let room: FacilitatedRoom;
let trainer: FeedbackSteps;
let anna: FeedbackSteps;

beforeAll(async () => {
  room = await openFacilitatedRoom();
  [trainer, anna] = [new FeedbackSteps(room.trainer), new FeedbackSteps(room.anna)];
}, 120_000);

afterAll(async () => {
  await room?.session.close();
});

const FEEDBACK = "Wie is jullie doelgroep precies?";
const REPLY = "Eerstejaars studenten";

describe("feedback comments", () => {
  it("a pinned comment reaches the group, gets a reply, and resolving clears the count for everyone", async () => {
    await trainer.room.setStageForEveryone("define");
    for (const person of [trainer, anna]) await person.room.expectStage("define");
    expect(await trainer.unresolvedBadge()).toBe("0");

    await trainer.pinComment(FEEDBACK, { x: 520, y: 420 });
    // The pin sits where the trainer clicked, numbered and labelled with the comment.
    const placed = await trainer.pinPosition(1);
    expect(Math.abs(placed.x - 520)).toBeLessThan(2);
    expect(Math.abs(placed.y - 420)).toBeLessThan(2);
    expect(await trainer.pin(1).getAttribute("aria-label")).toContain(FEEDBACK);
    expect(await trainer.pin(1).textContent()).toBe("1");
    await trainer.waitForUnresolved(1);
    // It is stored at page coordinates on the Define stage.
    const stored = await trainer.callCommentsApi(trainer.roomId);
    expect(stored.body.threads).toEqual([
      expect.objectContaining({ stageId: "define", body: FEEDBACK, anchor: { x: expect.any(Number), y: expect.any(Number) } }),
    ]);

    // Anna (same stage) gets the pin and the count through polling, and opens the thread from it.
    await anna.pin(1).waitFor({ timeout: 15_000 });
    await anna.waitForUnresolved(1);
    expect(await anna.pin(1).getAttribute("aria-label")).toContain(FEEDBACK);
    // Participants may reply but not start threads.
    await anna.pin(1).click();
    await anna.thread(1).waitFor({ timeout: 5_000 });
    expect(await anna.thread(1).locator('[data-testid="comment-body"]').first().textContent()).toBe(FEEDBACK);
    expect(await anna.page.locator('[data-testid="feedback-pin"]').count()).toBe(0);
    await anna.reply(1, REPLY);
    await anna.waitForReply(1, REPLY);

    // The trainer sees the reply appear in the open panel.
    await trainer.waitForReply(1, REPLY);
    expect(await trainer.thread(1).locator('[data-testid="comment-reply"]').textContent()).toContain("Anna");

    // Anna resolves: 0 for her at once, for the trainer at the next poll.
    await anna.toggleResolved(1);
    await anna.waitForUnresolved(0);
    await trainer.waitForUnresolved(0);
    await trainer.thread(1).locator('[data-testid="comment-resolved-by"]', { hasText: "Anna" }).waitFor({ timeout: 15_000 });
    expect(await trainer.pin(1).getAttribute("data-resolved")).toBe("true");
  });

  it("refuses a participant of another group with 403", async () => {
    const demoRoomId = trainer.roomId;
    // The trainer makes a cohort with one group; Cas joins it and lands in that group's room.
    const cohort = await trainer.page.evaluate(async () => {
      const post = (path: string, body: unknown) =>
        fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then(
          (response) => response.json(),
        );
      const created = await post("/api/cohorts", { name: "Andere cohort", fromProgramme: false });
      await post(`/api/cohorts/${created.cohort.id}/groups`, { name: "Groep 1" });
      return { joinCode: created.cohort.joinCode as string };
    });
    const cas = new FeedbackSteps(await room.session.participant("Cas", cohort.joinCode));
    expect(cas.roomId).not.toBe(demoRoomId);

    expect((await cas.callCommentsApi(cas.roomId)).status).toBe(200);
    const list = await cas.callCommentsApi(demoRoomId);
    expect(list.status).toBe(403);
    expect(JSON.stringify(list.body)).not.toContain(FEEDBACK);
    const threadId = (await trainer.callCommentsApi(demoRoomId)).body.threads[0].id as string;
    const reply = await cas.callCommentsApi(demoRoomId, "POST", `/${threadId}/replies`, { body: "Mag ik ook?" });
    expect(reply.status).toBe(403);
    const reopen = await cas.callCommentsApi(demoRoomId, "PATCH", `/${threadId}`, { resolved: false });
    expect(reopen.status).toBe(403);
    // Nothing changed.
    const after = (await trainer.callCommentsApi(demoRoomId)).body.threads[0];
    expect(after.replies.map((reply: { body: string }) => reply.body)).toEqual([REPLY]);
    expect(after.resolvedAt).not.toBeNull();
  });
});
