/**
 * A report section for `measureBrowserRoomOpen` (bench/browser/room-open.ts): the time to open
 * (median and p95), one table row per phase of the open and the work each open did, against the
 * 1.5 s target of issue 7.
 */
import type { BrowserRoomOpenResult, OpenPhase, OpenWork } from "../browser/room-open";
import type { LargeBrowserOpenStep } from "../browser/run-large-open";
import { percentile } from "../stats";
import { count, list, wholeMs } from "./format";

export const BROWSER_OPEN_TARGET_MS = 1_500;
const PHASES: { phase: OpenPhase; what: string }[] = [
  { phase: "token", what: "room token fetched (page loaded and hydrated)" },
  { phase: "synced", what: "first y-websocket sync done" },
  { phase: "storeLoaded", what: "tldraw store holds every record" },
  { phase: "canvas", what: "first frame with tldraw's canvas" },
  { phase: "editorMounted", what: "tldraw editor mounted" },
  { phase: "rendered", what: "every shape of the stage has its element, every shape in view is drawn" },
  { phase: "painted", what: "the frame after that (drawn): **time to open**" },
];
/** The work rows, in this order. */
const WORK: Record<keyof OpenWork, string> = {
  taskMs: "main-thread task time (CPU, ms)",
  scriptMs: "of which script (ms)",
  layoutMs: "layout (ms)",
  styleMs: "style recalculation (ms)",
  textMeasures: "DOM text measurements",
  longTasks: "long tasks (> 50 ms)",
  longTaskMs: "time in long tasks (ms)",
  longestTaskMs: "longest task (ms)",
  shapesDrawn: "shapes drawn (in view)",
};

/** The time to open: median and p95 of the single opens. */
export function openFigures(result: BrowserRoomOpenResult): { median: number; p95: number } {
  const painted = result.runs.map((run) => run.painted);
  return { median: result.median.painted, p95: percentile(painted, 95) };
}

export function renderLargeOpenSection(step: LargeBrowserOpenStep, heading: string): string[] {
  if (!step.ran) return [heading, "", `Not measured in this run: ${step.reason}`, ""];
  return renderRoomOpenSection(step.result, heading);
}

export function renderRoomOpenSection(result: BrowserRoomOpenResult, heading: string): string[] {
  const { median, p95 } = openFigures(result);
  const verdict =
    median <= BROWSER_OPEN_TARGET_MS
      ? `within the ${wholeMs(BROWSER_OPEN_TARGET_MS)} target`
      : `${(median / BROWSER_OPEN_TARGET_MS).toFixed(1)}× the ${wholeMs(BROWSER_OPEN_TARGET_MS)} target`;
  return [
    heading,
    "",
    `A room of ${count(result.shapes)} shapes (${count(result.records)} records; ${count(result.landingShapes)} shapes on`,
    "the stage everyone lands on; bench/browser/mixed-room.ts), opened by a new guest in a new browser context;",
    `times from the page's navigation start, ${result.runs.length} opens after one warm-up, Chromium ${result.chromium},`,
    `${result.appPinned ? "app pinned to core 0, browser on core 1" : "app and browser unpinned"}. Opened in ${wholeMs(median)} (median),`,
    `${wholeMs(p95)} (p95): ${verdict}. Shapes outside the first view are mounted when scrolled to; the stage opens on`,
    "all of its content when that fits at 25 % zoom or more, else on its template (lib/client/use-stage-navigation.ts).",
    "",
    "| phase | median | single opens (ms) |",
    "|---|---|---|",
    ...PHASES.map(
      ({ phase, what }) =>
        `| ${what} | ${wholeMs(result.median[phase])} | ${list(result.runs.map((run) => run[phase]), 0)} |`,
    ),
    "",
    "Work of each open up to the painted frame: CPU time from Chromium's own counters (CDP `Performance.getMetrics`,",
    "thread time, so less disturbed by other load than the times above), the rest counted in the page.",
    "",
    "| work | median | single opens |",
    "|---|---|---|",
    ...(Object.entries(WORK) as [keyof OpenWork, string][]).map(
      ([key, what]) => `| ${what} | ${result.medianWork[key].toFixed(0)} | ${list(result.work.map((one) => one[key]), 0)} |`,
    ),
    "",
  ];
}
