/**
 * A report section for `measureBrowserRoomOpen` (bench/browser/room-open.ts): one table row per
 * phase of the open, medians and single opens, against the 1.5 s target of issue 7.
 */
import type { BrowserRoomOpenResult, OpenPhase } from "../browser/room-open";
import { count, list, wholeMs } from "./format";

const TARGET_MS = 1_500;
const PHASES: { phase: OpenPhase; what: string }[] = [
  { phase: "token", what: "room token fetched (page loaded and hydrated)" },
  { phase: "synced", what: "first y-websocket sync done" },
  { phase: "storeLoaded", what: "tldraw store holds every record" },
  { phase: "canvas", what: "first frame with tldraw's canvas" },
  { phase: "editorMounted", what: "tldraw editor mounted" },
  { phase: "rendered", what: "every shape of the landing stage has its element" },
  { phase: "painted", what: "the frame after that (drawn): **time to open**" },
];

export function renderRoomOpenSection(result: BrowserRoomOpenResult, heading: string): string[] {
  const verdict =
    result.median.painted <= TARGET_MS
      ? `within the ${wholeMs(TARGET_MS)} target`
      : `${(result.median.painted / TARGET_MS).toFixed(1)}× the ${wholeMs(TARGET_MS)} target`;
  return [
    heading,
    "",
    `A room of ${count(result.shapes)} shapes (${count(result.records)} records; ${count(result.landingShapes)} shapes on`,
    "the stage everyone lands on; bench/browser/mixed-room.ts), opened by a new guest in a new browser context;",
    `times from the page's navigation start, median of ${result.runs.length} opens, Chromium ${result.chromium},`,
    `${result.appPinned ? "app pinned to core 0, browser on core 1" : "app and browser unpinned"}. Opened in ${wholeMs(result.median.painted)}: ${verdict}.`,
    "",
    "| phase | median | single opens (ms) |",
    "|---|---|---|",
    ...PHASES.map(
      ({ phase, what }) =>
        `| ${what} | ${wholeMs(result.median[phase])} | ${list(result.runs.map((run) => run[phase]), 0)} |`,
    ),
    "",
  ];
}
