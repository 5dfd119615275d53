/**
 * Time for a real browser to open a room of N shapes, on the real app (production build):
 * from `page.goto` of the room URL, in a fresh browser context whose guest has just joined, until
 * the page's store holds every document record of the room, the view is on the stage the
 * trainer set, and the canvas has a `.tl-shape` element for every shape on that stage's page.
 * Measured for the room with only its template, then after filling the stage with N notes.
 */
import { performance } from "node:perf_hooks";
import type { Browser, Page } from "playwright-core";
import type { TLPageId } from "tldraw";
import type { StageId } from "@/lib/shared/stages";
import { STAGES } from "@/lib/shared/stages";
import { median } from "../stats";
import {
  DEMO_JOIN_CODE,
  closeWriter,
  countRoom,
  fillWithNotes,
  joinWriter,
  setStageAsTrainer,
  type RoomWriter,
} from "../browser/app-room";
import type { AppProcess } from "@/tests/helpers/app-process";

export interface BrowserOpenCase {
  /** Shapes on the stage's page and document records in the room when measured. */
  shapes: number;
  records: number;
  runs: number[];
  median: number;
}

export interface BrowserOpenResult {
  stage: StageId;
  notes: number;
  templateOnly: BrowserOpenCase;
  filled: BrowserOpenCase;
}

const STAGE: StageId = "ideate";
const OPEN_TIMEOUT_MS = 60_000;

export async function measureBrowserOpen(
  browser: Browser,
  app: AppProcess,
  options: { notes: number; runs: number; progress: (message: string) => void },
): Promise<BrowserOpenResult> {
  const writer = await joinWriter(app.baseUrl);
  try {
    await setStageAsTrainer(browser, app, writer, STAGE);
    // One unmeasured load so the server's first render of the route is not in the figures.
    await timeBrowserOpen(browser, app, writer);
    const templateOnly = await measureCase(browser, app, writer, options.runs);
    options.progress(`  template only: median ${templateOnly.median.toFixed(0)} ms`);
    const pageId = STAGES.find((stage) => stage.id === STAGE)!.pageId as TLPageId;
    await fillWithNotes(app.baseUrl, writer, options.notes, pageId);
    const filled = await measureCase(browser, app, writer, options.runs);
    options.progress(`  ${options.notes} notes: median ${filled.median.toFixed(0)} ms`);
    return { stage: STAGE, notes: options.notes, templateOnly, filled };
  } finally {
    closeWriter(writer);
  }
}

async function measureCase(
  browser: Browser,
  app: AppProcess,
  writer: RoomWriter,
  runs: number,
): Promise<BrowserOpenCase> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) samples.push(await timeBrowserOpen(browser, app, writer));
  return { ...countRoom(writer, STAGE), runs: samples, median: median(samples) };
}

/** One open in a new context (its own cookies: a new guest), in ms. */
async function timeBrowserOpen(
  browser: Browser,
  app: AppProcess,
  writer: RoomWriter,
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const joined = await context.request.post(`${app.baseUrl}/api/join`, {
      data: { code: DEMO_JOIN_CODE, name: "Bench guest" },
    });
    if (!joined.ok()) throw new Error(`join failed: ${joined.status()} ${await joined.text()}`);
    const page = await context.newPage();
    const expected = { ...countRoom(writer, STAGE), stage: STAGE };
    const started = performance.now();
    await page.goto(`${app.baseUrl}/rooms/${writer.roomId}`, { waitUntil: "commit" });
    await page
      .waitForFunction(
        ({ records, shapes, stage }) => {
          const debug = (
            window as unknown as {
              __cocreateDebug?: { getRecordCount(): number; getCurrentStage(): string };
            }
          ).__cocreateDebug;
          if (!debug || debug.getRecordCount() < records || debug.getCurrentStage() !== stage)
            return false;
          const rendered = document.querySelectorAll(".tl-shape:not(.tl-shape-background)");
          return rendered.length >= shapes;
        },
        expected,
        { polling: "raf", timeout: OPEN_TIMEOUT_MS },
      )
      .catch(async (error: unknown) => {
        throw new Error(
          `${String(error)}\nexpected ${JSON.stringify(expected)}, page: ${await describePage(page)}`,
        );
      });
    return performance.now() - started;
  } finally {
    await context.close();
  }
}

/** What the page showed when an open timed out, for the error message. */
async function describePage(page: Page): Promise<string> {
  const state = await page
    .evaluate(() => {
      const debug = (
        window as unknown as {
          __cocreateDebug?: { getRecordCount(): number; getCurrentStage(): string };
        }
      ).__cocreateDebug;
      return {
        records: debug?.getRecordCount() ?? null,
        stage: debug?.getCurrentStage() ?? null,
        shapes: document.querySelectorAll(".tl-shape:not(.tl-shape-background)").length,
        text: document.body.innerText.slice(0, 300),
      };
    })
    .catch((error: unknown) => String(error));
  return `${page.url()} ${JSON.stringify(state)}`;
}
