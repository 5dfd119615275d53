/**
 * A room's review in real Chromium: versions are recorded while a participant works; the
 * trainer scrubs the history slider back and sees the older board, read-only; replay runs to
 * the present; restoring an old version changes the participant's live board and keeps every
 * version; the stage exports as a PNG that is not blank and as an SVG with the note's text.
 */
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PNG } from "pngjs";
import { BrowserSession } from "./fixtures/browser-session";
import type { RoomPage } from "./fixtures/room-page";
import { ReviewPage, type VersionInfo } from "./fixtures/review-page";

let session: BrowserSession;
let anna: RoomPage;
let trainer: RoomPage;
let roomId: string;

beforeAll(async () => {
  // A version at most every second while people work, so the test needs no long waits.
  session = await BrowserSession.start({ env: { VERSION_INTERVAL_SECONDS: "1" } });
  anna = await session.participant("Anna");
  const roomPath = new URL(anna.page.url()).pathname;
  roomId = roomPath.split("/").at(-1)!;
  trainer = await session.trainer(roomPath);
}, 120_000);

afterAll(async () => {
  await session?.close();
});

/**
 * Versions once there are more than `before` and none came for longer than the interval: the
 * last change of a burst is always kept, so the last version then holds the board as it is.
 */
async function settledVersions(review: ReviewPage, before: number): Promise<VersionInfo[]> {
  let previous = "";
  let quietSince = Date.now();
  for (let polls = 0; polls < 240; polls++) {
    const versions = await review.versions(roomId);
    const signature = versions.map((version) => version.id).join();
    if (signature !== previous) {
      previous = signature;
      quietSince = Date.now();
    }
    if (versions.length > before && Date.now() - quietSince > 2_500) return versions;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no settled versions after ${before}`);
}

async function liveNotes(room: RoomPage): Promise<string[]> {
  return (await room.debugView()).noteTexts.sort();
}

describe("room review: history, replay, restore and image export", () => {
  it("scrubs to an older board, replays, restores as a new version, and exports the stage", async () => {
    const annaReview = new ReviewPage(anna.page);
    const atStart = (await annaReview.versions(roomId)).length;
    await anna.addStickyNote("Eerste idee", { x: 420, y: 420 });
    await trainer.expectNote("Eerste idee", 5_000);
    const withFirst = await settledVersions(annaReview, atStart);
    const firstIndex = withFirst.length - 1;

    await anna.addStickyNote("Tweede idee", { x: 760, y: 420 });
    await trainer.expectNote("Tweede idee", 5_000);
    const withBoth = await settledVersions(annaReview, withFirst.length);
    // Versions were recorded while the group worked: at least one per burst of work.
    expect(withBoth.length).toBeGreaterThan(withFirst.length);
    expect(withBoth.slice(0, withFirst.length)).toEqual(withFirst);

    const review = new ReviewPage(trainer.page);
    await review.open(session.app.baseUrl, roomId);
    await review.expectNotes(["Eerste idee", "Tweede idee"]);

    // Scrubbing back shows the board as it was, on the canvas itself.
    await review.scrubTo(firstIndex);
    await review.expectNotes(["Eerste idee"]);
    expect(await review.label()).toMatch(
      new RegExp(`Versie ${firstIndex + 1} van ${withBoth.length}`),
    );
    const oldCanvas = await review.canvasText();
    expect(oldCanvas).toContain("Eerste idee");
    expect(oldCanvas).not.toContain("Tweede idee");

    // Read-only: the note tool does nothing, and the live board is untouched.
    await review.page.locator(".tl-canvas").click({ position: { x: 200, y: 200 } });
    await review.page.keyboard.press("n");
    await review.page.mouse.click(700, 600);
    expect(await review.noteTexts()).toEqual(["Eerste idee"]);
    expect(await liveNotes(anna)).toEqual(["Eerste idee", "Tweede idee"]);

    // Replay from the start runs to the board as it is now.
    await review.scrubTo(0);
    await review.page.locator('[data-testid="history-play"]').click();
    await review.page.waitForFunction(
      (last) =>
        document.querySelector<HTMLInputElement>('[data-testid="history-slider"]')?.value ===
        String(last),
      withBoth.length,
      { timeout: 30_000 },
    );
    await review.expectNotes(["Eerste idee", "Tweede idee"]);

    // Restore the older version: Anna's live board follows; no version is lost.
    await review.scrubTo(firstIndex);
    await review.page.locator('[data-testid="history-restore"]').click();
    await review.page.locator('[data-testid="history-restore-confirm"]').click();
    await anna.page.waitForFunction(
      () =>
        JSON.stringify(
          (
            window as unknown as { __cocreateDebug: { getNoteTexts(): string[] } }
          ).__cocreateDebug.getNoteTexts(),
        ) === '["Eerste idee"]',
      undefined,
      { timeout: 10_000 },
    );
    const afterRestore = await review.versions(roomId);
    expect(afterRestore.slice(0, withBoth.length)).toEqual(withBoth);
    expect(afterRestore.at(-1)?.reason).toBe("restore");
    await review.expectNotes(["Eerste idee"]);

    // The stage as an image, drawn in the browser: a PNG with the note on it, and an SVG.
    const png = await review.exportImage("png");
    expect(png.fileName).toMatch(/-empathize\.png$/);
    const image = PNG.sync.read(png.bytes);
    expect(image.width).toBeGreaterThan(200);
    let inked = 0;
    const colours = new Set<number>();
    for (let offset = 0; offset < image.data.length; offset += 4) {
      const [red, green, blue] = [
        image.data[offset]!,
        image.data[offset + 1]!,
        image.data[offset + 2]!,
      ];
      colours.add((red << 16) | (green << 8) | blue);
      if (red + green + blue < 720) inked += 1;
    }
    // Not blank: a good share of non-white pixels, in many colours (template, note, text).
    expect(inked / (image.width * image.height)).toBeGreaterThan(0.05);
    expect(colours.size).toBeGreaterThan(20);

    const svg = await review.exportImage("svg");
    const svgText = svg.bytes.toString("utf8");
    expect(svgText.startsWith("<svg")).toBe(true);
    expect(svgText).toContain("Eerste idee");

    // The PDF report comes from the same panel.
    const pdfDownload = review.page.waitForEvent("download");
    await review.page.locator('[data-testid="export-pdf"]').click();
    const pdf = await readFile(await (await pdfDownload).path());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    // The JSON backup, imported on the trainer's home page, gives a new room with the same board.
    const backupDownload = review.page.waitForEvent("download");
    await review.page.locator('[data-testid="export-backup"]').click();
    const backupPath = await (await backupDownload).path();
    await review.page.goto(`${session.app.baseUrl}/trainer`);
    await review.page.locator('[data-testid="import-file"]').setInputFiles(backupPath);
    await review.page.locator('[data-testid="import-submit"]').click();
    await review.page.waitForURL(
      (url) => url.pathname.startsWith("/rooms/") && !url.pathname.endsWith(roomId),
    );
    await trainer.waitUntilConnected();
    expect(await liveNotes(trainer)).toEqual(["Eerste idee"]);
  }, 240_000);

  it("ran all of that under the Content-Security-Policy without a single violation", () => {
    // Drawing, fonts, the review, PNG/SVG/PDF exports and the import all happened above.
    expect(anna.cspViolations).toEqual([]);
    expect(trainer.cspViolations).toEqual([]);
  });
});
