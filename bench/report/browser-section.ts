/** Section 4 of the report: a real browser opening a room on the real app. */
import type { BrowserOpenStep } from "../browser/run-browser-open";
import { count, list, wholeMs } from "./format";

const NO_PEER =
  "n/a: the peer servers cannot serve Cocreate's front end; compare the Node-client open in section 4";

export function renderBrowserSection(step: BrowserOpenStep, notes: number): string[] {
  const title = `## 6. Time for a browser to open a room of ${count(notes)} shapes (real app, Chromium)`;
  if (!step.ran) return [title, "", `Not measured in this run: ${step.reason}`, ""];
  const { templateOnly, filled, stage, runs } = {
    ...step.result,
    runs: step.result.filled.runs.length,
  };
  const describe = (shapes: number, records: number) =>
    `${count(shapes)} shapes on the stage, ${count(records)} records in the room`;
  return [
    title,
    "",
    `The production build of the whole app (\`server/index.ts\`, SQLite), the demo room moved to the \`${stage}\``,
    `stage by its trainer. Each open: a new browser context joins as a new guest, then the time from`,
    "`page.goto` of the room URL until the page's store holds every record of the room, the view is on that",
    "stage and the canvas has an element for every shape of the stage. Median of " +
      `${runs} opens, Chromium ${step.chromium} headless, 1280×800 viewport,`,
    `${step.appPinned ? "app pinned to core 0, browser on core 1" : "app and browser unpinned"}.`,
    "",
    "| room | Cocreate | peers |",
    "|---|---|---|",
    `| template only (${describe(templateOnly.shapes, templateOnly.records)}) | ${wholeMs(templateOnly.median)} | ${NO_PEER} |`,
    `| template + ${count(step.result.notes)} notes (${describe(filled.shapes, filled.records)}) | ${wholeMs(filled.median)} | ${NO_PEER} |`,
    "",
    `Single opens (ms): template only ${list(templateOnly.runs, 0)}; with the notes ${list(filled.runs, 0)}.`,
    "",
  ];
}
