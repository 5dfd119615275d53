/**
 * Time for a real browser to open a large room in the real app (production build, SQLite):
 * a fresh app, its demo room filled with a mixed room of `shapes` shapes (mixed-room.ts), the
 * trainer takes everyone to the landing stage, then every open is a new browser context that
 * joins as a new guest and loads the room URL. All times are from the page's navigation start
 * (`performance.timeOrigin`), read inside the page:
 * - token, synced, store-loaded, editor-mounted: the app's `performance.mark`s (lib/client/open-marks.ts);
 * - canvas: the first animation frame after tldraw's `.tl-canvas` is in the DOM (its first paint);
 * - rendered: the first animation frame in which the view is on the landing stage, every shape
 *   of that stage has its `.tl-shape` element and every element tldraw shows has its content
 *   drawn (open-watch.ts); shapes outside the view may be drawn later, when scrolled to;
 * - painted: the next animation frame after `rendered` (that frame has been drawn by then).
 * Beside the times, the work each open did up to `painted` (`OpenWork`): text measurements, long
 * tasks and shapes drawn (counted in the page), and Chromium's own script, layout, style and task
 * durations (CDP `Performance.getMetrics`, read just after `painted`).
 */
import type { Browser, BrowserContext } from "playwright-core";
import { writeFileSync } from "node:fs";
import type { TLShape } from "tldraw";
import { launchChromium } from "@/tests/helpers/chromium";
import { median } from "../stats";
import {
  DEMO_JOIN_CODE,
  closeWriter,
  ensureBuild,
  joinWriter,
  setStageAsTrainer,
  startPinnedApp,
  type RoomWriter,
} from "./app-room";
import { buildMixedRoom, LANDING_STAGE } from "./mixed-room";
import { openWatchScript, type OpenExpectation } from "./open-watch";

export const OPEN_PHASES = ["token", "synced", "storeLoaded", "editorMounted", "canvas", "rendered", "painted"] as const;
export type OpenPhase = (typeof OPEN_PHASES)[number];
export type OpenTimes = Record<OpenPhase, number>;
export const OPEN_WORK = [
  "textMeasures",
  "longTasks",
  "longTaskMs",
  "longestTaskMs",
  "shapesDrawn",
  "scriptMs",
  "layoutMs",
  "styleMs",
  "taskMs",
] as const;
export type OpenWork = Record<(typeof OPEN_WORK)[number], number>;

export interface BrowserRoomOpenResult {
  shapes: number;
  /** Shapes on the landing stage (what the first view must render) and document records. */
  landingShapes: number;
  records: number;
  runs: OpenTimes[];
  median: OpenTimes;
  work: OpenWork[];
  medianWork: OpenWork;
  appPinned: boolean;
  chromium: string;
}

export interface BrowserRoomOpenOptions {
  shapes: number;
  runs: number;
  /** Core for the app (taskset); Chromium inherits the caller's affinity. null: unpinned. */
  core: number | null;
  landingShare?: number;
  /** Write a Chrome CPU profile of one extra open here (DevTools loads .cpuprofile files). */
  profilePath?: string;
  progress?: (message: string) => void;
}

const WRITE_BATCH = 200;
const OPEN_TIMEOUT_MS = 180_000;

/** Starts the app and a browser, builds the room, opens it `runs` times (+1 warm-up), stops all. */
export async function measureBrowserRoomOpen(options: BrowserRoomOpenOptions): Promise<BrowserRoomOpenResult> {
  const progress = options.progress ?? (() => {});
  if (await ensureBuild()) progress("built the app (.next/BUILD_ID was missing)");
  const { app, pinned } = await startPinnedApp(options.core);
  let browser: Browser | undefined;
  let writer: RoomWriter | undefined;
  try {
    browser = await launchChromium();
    writer = await joinWriter(app.baseUrl);
    await setStageAsTrainer(browser, app, writer, LANDING_STAGE);
    const room = buildMixedRoom(options);
    await writeShapes(app.baseUrl, writer, room.added);
    const expected = { stage: LANDING_STAGE, shapes: room.shapesPerStage[LANDING_STAGE], records: writer.records.map.size };
    progress(`room: ${options.shapes} shapes, ${expected.shapes} on ${LANDING_STAGE}, ${expected.records} records`);
    await openOnce(browser, app.baseUrl, writer.roomId, expected); // warm-up: the server's first render of the route
    const runs: OpenTimes[] = [];
    const work: OpenWork[] = [];
    for (let run = 0; run < options.runs; run++) {
      const open = await openOnce(browser, app.baseUrl, writer.roomId, expected);
      progress(
        `  open ${run + 1}/${options.runs}: ${OPEN_PHASES.map((phase) => `${phase} ${open.times[phase].toFixed(0)}`).join(", ")} ms; ` +
          OPEN_WORK.map((key) => `${key} ${open.work[key].toFixed(0)}`).join(", "),
      );
      runs.push(open.times);
      work.push(open.work);
    }
    if (options.profilePath) {
      await openOnce(browser, app.baseUrl, writer.roomId, expected, options.profilePath);
      progress(`  CPU profile of one more open: ${options.profilePath}`);
    }
    const medianTimes = Object.fromEntries(
      OPEN_PHASES.map((phase) => [phase, median(runs.map((times) => times[phase]))]),
    ) as OpenTimes;
    const medianWork = Object.fromEntries(
      OPEN_WORK.map((key) => [key, median(work.map((one) => one[key]))]),
    ) as OpenWork;
    return {
      shapes: options.shapes,
      landingShapes: expected.shapes,
      records: expected.records,
      runs,
      median: medianTimes,
      work,
      medianWork,
      appPinned: pinned,
      chromium: browser.version(),
    };
  } finally {
    if (writer) closeWriter(writer);
    await browser?.close();
    await app.stop();
  }
}

/** Writes `shapes` in transactions of 200 and waits until a second guest sees them all (stored). */
async function writeShapes(baseUrl: string, writer: RoomWriter, shapes: TLShape[]): Promise<void> {
  for (let first = 0; first < shapes.length; first += WRITE_BATCH) {
    writer.doc.transact(() => {
      for (const shape of shapes.slice(first, first + WRITE_BATCH)) writer.records.set(shape.id, shape);
    });
  }
  const check = await joinWriter(baseUrl);
  try {
    const deadline = Date.now() + 120_000;
    while (!shapes.every((shape) => check.records.has(shape.id))) {
      if (Date.now() > deadline) throw new Error("timed out waiting for the shapes to be stored");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    closeWriter(check);
  }
}

/** One open in a new context (a new guest); times in ms from the page's navigation start. */
async function openOnce(
  browser: Browser,
  baseUrl: string,
  roomId: string,
  expected: OpenExpectation,
  profilePath?: string,
): Promise<{ times: OpenTimes; work: OpenWork }> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const joined = await context.request.post(`${baseUrl}/api/join`, { data: { code: DEMO_JOIN_CODE, name: "Bench guest" } });
    if (!joined.ok()) throw new Error(`join failed: ${joined.status()} ${await joined.text()}`);
    await context.addInitScript({ content: openWatchScript(expected) });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
    if (profilePath) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
      await cdp.send("Profiler.start");
    }
    await page.goto(`${baseUrl}/rooms/${roomId}`, { waitUntil: "commit" });
    await page
      .waitForFunction(() => window.__cocreateOpen?.painted !== undefined, undefined, {
        polling: 200,
        timeout: OPEN_TIMEOUT_MS,
      })
      .catch(async (error: unknown) => {
        const state = await page
          .evaluate(() => ({
            marks: performance.getEntriesByType("mark").map((mark) => `${mark.name} ${mark.startTime.toFixed(0)}`),
            seen: window.__cocreateOpen,
            stage: window.__cocreateDebug?.getCurrentStage(),
            shapes: document.querySelectorAll(".tl-shape:not(.tl-shape-background)").length,
            text: document.body.innerText.slice(0, 200),
          }))
          .catch((failure: unknown) => String(failure));
        throw new Error(`${String(error)}\nexpected ${JSON.stringify(expected)}, page: ${JSON.stringify(state)}`);
      });
    const { metrics } = await cdp.send("Performance.getMetrics");
    const seconds = (name: string) => (metrics.find((metric) => metric.name === name)?.value ?? Number.NaN) * 1000;
    if (profilePath) {
      const { profile } = await cdp.send("Profiler.stop");
      writeFileSync(profilePath!, JSON.stringify(profile));
    }
    // No nested functions in page code: tsx wraps them in a helper the page does not have.
    const marks = await page.evaluate(() =>
      performance.getEntriesByType("mark").map((mark) => [mark.name, mark.startTime] as const),
    );
    const seen = await page.evaluate(() => ({ ...window.__cocreateOpen }));
    const records = await page.evaluate(() => window.__cocreateDebug?.getRecordCount() ?? -1);
    const mark = (name: string) => marks.find(([markName]) => markName === `cocreate:${name}`)?.[1] ?? Number.NaN;
    const times = {
      token: mark("token"),
      synced: mark("synced"),
      storeLoaded: mark("store-loaded"),
      editorMounted: mark("editor-mounted"),
      canvas: seen.canvas ?? Number.NaN,
      rendered: seen.rendered ?? Number.NaN,
      painted: seen.painted ?? Number.NaN,
    };
    const work: OpenWork = {
      textMeasures: seen.textMeasures ?? Number.NaN,
      longTasks: seen.longTasks ?? Number.NaN,
      longTaskMs: seen.longTaskMs ?? Number.NaN,
      longestTaskMs: seen.longestTaskMs ?? Number.NaN,
      shapesDrawn: seen.shapesDrawn ?? Number.NaN,
      scriptMs: seconds("ScriptDuration"),
      layoutMs: seconds("LayoutDuration"),
      styleMs: seconds("RecalcStyleDuration"),
      taskMs: seconds("TaskDuration"),
    };
    // Each guest's browser adds its own `user:` record, so the page may hold more than the room had.
    if (records < expected.records) throw new Error(`the page holds ${records} records, the room ${expected.records}`);
    return { times, work };
  } finally {
    await context.close();
  }
}
