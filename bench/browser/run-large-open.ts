/**
 * The 10,000-shape browser open as a step of `npm run bench` (issue 7's target: under 1.5 s).
 * measureBrowserRoomOpen (room-open.ts) builds when needed, starts its own app pinned to the
 * server core and its own Chromium; this returns why the step was skipped instead of failing the
 * whole run when Chromium or (when asked not to build) the build is missing, or the step fails.
 */
import { existsSync } from "node:fs";
import { chromiumPath } from "@/tests/helpers/chromium";
import { measureBrowserRoomOpen, type BrowserRoomOpenResult } from "./room-open";

export type LargeBrowserOpenStep = { ran: true; result: BrowserRoomOpenResult } | { ran: false; reason: string };

export async function runLargeBrowserOpen(options: {
  shapes: number;
  runs: number;
  core: number | null;
  buildIfMissing: boolean;
  progress: (message: string) => void;
}): Promise<LargeBrowserOpenStep> {
  try {
    chromiumPath();
  } catch (error) {
    return { ran: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (!options.buildIfMissing && !existsSync(".next/BUILD_ID"))
    return { ran: false, reason: "no production build (.next/BUILD_ID); `npm run build` first" };
  try {
    const result = await measureBrowserRoomOpen({
      shapes: options.shapes,
      runs: options.runs,
      core: options.core,
      progress: (message) => options.progress(`  ${message}`),
    });
    return { ran: true, result };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    options.progress(`  FAILED: ${reason}`);
    return { ran: false, reason };
  }
}
