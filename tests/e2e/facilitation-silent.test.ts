/**
 * Silent brainstorm in real Chromium with the demo trainer (facilitator) and two participants.
 * A note written while the room is silent is in its writer's store but in nobody's Yjs
 * document — not the other participant's, not the trainer's, not the writer's own, and not the
 * server's (a fresh Node client syncs the stored document) — and survives the writer's reload.
 * After an anonymous reveal it is in every document, without the author tldraw shows on notes;
 * someone away when the room opened publishes their notes when they come back.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { docNotes } from "@/lib/client/silent/doc-note-texts";
import { connectProvider, fetchRoomToken, joinAsGuest } from "../helpers/node-client";
import { BrowserSession } from "./fixtures/browser-session";
import { RoomPage } from "./fixtures/room-page";
import { SilentSteps } from "./fixtures/silent-page";

const OPEN_NOTE = "Open idee vooraf";
const SECRET_NOTE = "Stil idee van Anna";
const AWAY_NOTE = "Stil idee van Bram";

let session: BrowserSession;
const providers: WebsocketProvider[] = [];
let anna: SilentSteps;
let bram: SilentSteps;
let trainer: SilentSteps;

beforeAll(async () => {
  session = await BrowserSession.start();
});
afterAll(async () => {
  for (const provider of providers) provider.destroy();
  await session?.close();
});

/** The room's document as the server stores it now: a fresh client's first sync. */
async function serverNoteTexts(roomId: string): Promise<{ text: string; author: string | null }[]> {
  const { baseUrl } = session.app;
  const guest = await joinAsGuest(baseUrl, "DEMO42", "Controle");
  const doc = new Y.Doc();
  const provider = await connectProvider(baseUrl, roomId, await fetchRoomToken(baseUrl, guest), doc);
  providers.push(provider);
  const notes = docNotes(doc).map(({ text, author }) => ({ text, author }));
  provider.destroy();
  return notes;
}

describe("silent brainstorm in real browsers", () => {
  let roomId = "";

  it("shares a note written in open mode at once", async () => {
    const annaRoom = await session.participant("Anna");
    const bramRoom = await session.participant("Bram");
    const roomPath = new URL(annaRoom.page.url()).pathname;
    roomId = decodeURIComponent(roomPath.split("/").filter(Boolean).at(-1) ?? "");
    const trainerRoom = await session.trainer(roomPath);
    anna = new SilentSteps(annaRoom);
    bram = new SilentSteps(bramRoom);
    trainer = new SilentSteps(trainerRoom);

    await annaRoom.addStickyNote(OPEN_NOTE);
    await bram.waitForDocNote(OPEN_NOTE);
    await trainer.waitForDocNote(OPEN_NOTE);
    const shared = (await bram.docNotes()).find((note) => note.text === OPEN_NOTE);
    expect(shared?.author).toBeTruthy(); // tldraw's attribution: who wrote it
  });

  it("keeps a note written in silent mode out of everyone's document, also the server's", async () => {
    await trainer.setMode("silent");
    await anna.page.locator('[data-testid="silent-banner"]').waitFor({ timeout: 3_000 });
    await bram.page.locator('[data-testid="silent-banner"]').waitFor({ timeout: 3_000 });
    await trainer.page.locator('[data-testid="reveal-notes"]').waitFor({ timeout: 3_000 });

    await anna.room.addStickyNote(SECRET_NOTE, { x: 420, y: 420 });
    await anna.waitForPrivateCount(1);
    expect(await anna.storeNoteTexts()).toContain(SECRET_NOTE);
    expect(await anna.privateNoteCount()).toBe(1);
    // Give any (wrong) update time to travel before looking.
    await anna.page.waitForTimeout(1_000);
    expect(await anna.docNoteTexts()).not.toContain(SECRET_NOTE);
    expect(await bram.docNoteTexts()).not.toContain(SECRET_NOTE);
    expect(await bram.storeNoteTexts()).not.toContain(SECRET_NOTE);
    expect(await trainer.docNoteTexts()).not.toContain(SECRET_NOTE);
    const onServer = await serverNoteTexts(roomId);
    expect(onServer.map((note) => note.text)).toContain(OPEN_NOTE);
    expect(onServer.map((note) => note.text)).not.toContain(SECRET_NOTE);
  });

  it("keeps the private note on the writer's device across a reload", async () => {
    await anna.page.reload();
    await anna.room.waitUntilConnected();
    await anna.page.waitForFunction(
      (wanted) =>
        (window as unknown as { __cocreateDebug: { getNoteTexts(): string[] } }).__cocreateDebug
          .getNoteTexts()
          .includes(wanted),
      SECRET_NOTE,
      { timeout: 5_000 },
    );
    await anna.waitForPrivateCount(1);
    await anna.page.waitForTimeout(500);
    expect(await bram.docNoteTexts()).not.toContain(SECRET_NOTE);
    expect((await serverNoteTexts(roomId)).map((note) => note.text)).not.toContain(SECRET_NOTE);
  });

  it("puts the note in every document on an anonymous reveal, without its author", async () => {
    await trainer.reveal(true);
    await bram.waitForDocNote(SECRET_NOTE);
    await trainer.waitForDocNote(SECRET_NOTE);
    await anna.waitForDocNote(SECRET_NOTE);
    await bram.room.expectNote(SECRET_NOTE, 2_000);
    for (const steps of [anna, bram, trainer]) {
      const revealed = (await steps.docNotes()).find((note) => note.text === SECRET_NOTE);
      expect(revealed?.author).toBeNull();
    }
    expect(await anna.privateNoteCount()).toBe(0);
    await anna.page.locator('[data-testid="silent-banner"]').waitFor({ state: "detached", timeout: 3_000 });
    const onServer = await serverNoteTexts(roomId);
    expect(onServer).toContainEqual({ text: SECRET_NOTE, author: null });
    // Nothing is left to publish on Anna's device.
    const saved = await anna.page.evaluate(() =>
      Object.keys(window.localStorage).filter((key) => key.startsWith("cocreate:private:")),
    );
    expect(saved).toEqual([]);
  });

  it("publishes the notes of someone who was away when the room opened, once they are back", async () => {
    await trainer.setMode("silent");
    await bram.page.locator('[data-testid="silent-banner"]').waitFor({ timeout: 3_000 });
    await bram.room.addStickyNote(AWAY_NOTE, { x: 820, y: 600 });
    await bram.waitForPrivateCount(1);
    const roomUrl = bram.page.url();
    await bram.page.close(); // the browser (and its storage) stays; the tab is gone

    // Opened with the mode switch (as an agenda step does), not an anonymous reveal.
    await trainer.setMode("open");
    await anna.page.waitForTimeout(500);
    expect(await trainer.docNoteTexts()).not.toContain(AWAY_NOTE);

    const back = await bram.room.context.newPage();
    const bramAgain = new SilentSteps(new RoomPage(back, bram.room.context));
    await back.goto(roomUrl);
    await bramAgain.room.waitUntilConnected();
    await trainer.waitForDocNote(AWAY_NOTE, 15_000);
    await anna.waitForDocNote(AWAY_NOTE);
    const published = (await trainer.docNotes()).find((note) => note.text === AWAY_NOTE);
    expect(published?.author).toBeTruthy(); // not an anonymous reveal: the name stays
    expect(await bramAgain.privateNoteCount()).toBe(0);
  });
});
