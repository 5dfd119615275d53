/**
 * A stage too crowded to frame at a readable zoom: it opens on its template, notes outside the
 * first view are drawn once the view reaches them, and writing on a note still fits its text
 * (tldraw's size adjustment) although notes are no longer measured on load.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import type { TLNoteShape, TLPageId } from "tldraw";
import type { WebsocketProvider } from "y-websocket";
import { buildNoteRecords } from "@/bench/browser/note-records";
import { getRecordsArray } from "@/lib/shared/realtime/doc-layout";
import { STAGES } from "@/lib/shared/stages";
import { launchChromium } from "../helpers/chromium";
import { startApp, type AppProcess } from "../helpers/app-process";
import { connectProvider, fetchRoomToken, joinAsGuest } from "../helpers/node-client";
import { RoomPage } from "./fixtures/room-page";

const NOTES = 400;
let app: AppProcess;
let browser: Browser;
let provider: WebsocketProvider;
let records: YKeyValue<unknown>;
let notes: TLNoteShape[];
const pages: RoomPage[] = [];

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  const guest = await joinAsGuest(app.baseUrl, "DEMO42", "Vuller");
  const doc = new Y.Doc();
  provider = await connectProvider(app.baseUrl, guest.roomId, await fetchRoomToken(app.baseUrl, guest), doc);
  records = new YKeyValue(getRecordsArray(doc));
  // 8 rows of 50 notes right of the template: about 12,000 page pixels wide.
  notes = buildNoteRecords(NOTES, STAGES[0].pageId as TLPageId);
  doc.transact(() => {
    for (const note of notes) records.set(note.id, note);
  });
});
afterAll(async () => {
  for (const page of pages) await page.close();
  provider?.destroy();
  await browser?.close();
  await app?.stop();
});

describe("a stage with hundreds of notes", () => {
  it("opens on the template, and draws the other notes when the view reaches them", async () => {
    const room = await RoomPage.open(browser);
    pages.push(room);
    await room.joinByCode(app.baseUrl, "DEMO42", "Anna");
    await room.page.waitForFunction((count) => (window.__cocreateDebug?.getNoteTexts().length ?? 0) >= count, NOTES);
    expect((await room.debugView()).currentStage).toBe(STAGES[0].id);
    const far = notes.at(-1)!;
    const farNote = room.page.locator(`.tl-shape[data-shape-id="${far.id}"]`);
    // The template fills the view at a readable zoom; the last note is far to the right.
    expect(await room.page.evaluate(() => window.__cocreateDebug!.getCamera().z)).toBeGreaterThan(0.25);
    expect(await farNote.isVisible()).toBe(false);

    await room.page.locator(".tl-canvas").click({ position: { x: 20, y: 300 } });
    await room.page.keyboard.press("Shift+1"); // zoom to fit: every note in view
    await farNote.locator(".tl-note__container").waitFor({ timeout: 10_000 });
    await expect.poll(() => farNote.innerText(), { timeout: 10_000 }).toContain(`Idea ${NOTES}`);
  });

  it("fits a long text on a note as tldraw does, and a click on the text of a selected note edits it", async () => {
    const room = pages[0]!;
    await room.page.keyboard.press("Shift+0"); // back to 100 %
    const text =
      "Een speelplaats met veel meer groen, schaduw en plekken om samen te zitten en te praten, " +
      "met bankjes onder de bomen, een moestuin die de klassen om beurten verzorgen en een pad rondom";
    await room.addStickyNote(text, { x: 640, y: 420 });
    const written = () =>
      [...records.map.values()]
        .map((entry) => entry.val as TLNoteShape)
        .find((record) => record.type === "note" && JSON.stringify(record.props.richText).includes("schaduw"));
    await expect.poll(() => written()?.props.growY ?? 0, { timeout: 5_000 }).toBeGreaterThan(0);

    // The note is still selected after Escape; pointing at its text starts editing again.
    await room.page.mouse.click(640, 420);
    await room.page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.isContentEditable === true, undefined, {
      timeout: 5_000,
    });
    expect(await room.page.evaluate(() => window.__cocreateDebug!.getEditingShapeId())).toBe(written()!.id);
  });
});
