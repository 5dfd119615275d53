/**
 * The browser step of `npm run bench`: build when needed, start the real app pinned to the
 * server core, launch Debian's Chromium (it inherits this process's core: the load generator's),
 * measure, stop everything. Returns why it was skipped instead when Chromium (or, when asked
 * not to build, the build) is missing.
 */
import { existsSync, readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { launchChromium, chromiumPath } from "@/tests/helpers/chromium";
import type { AppProcess } from "@/tests/helpers/app-process";
import { measureBrowserOpen, type BrowserOpenResult } from "../metrics/browser-open";
import { ensureBuild, startPinnedApp } from "./app-room";

export type BrowserOpenStep =
  | { ran: true; result: BrowserOpenResult; appPinned: boolean; chromium: string }
  | { ran: false; reason: string };

export async function runBrowserOpen(options: {
  notes: number;
  runs: number;
  core: number | null;
  progress: (message: string) => void;
  /** False: skip (with the reason) instead of building when there is no production build. */
  buildIfMissing?: boolean;
}): Promise<BrowserOpenStep> {
  try {
    chromiumPath();
  } catch (error) {
    return { ran: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (options.buildIfMissing === false && !existsSync(".next/BUILD_ID"))
    return { ran: false, reason: "no production build (.next/BUILD_ID); `npm run build` first" };
  if (await ensureBuild()) options.progress("  built the app (.next/BUILD_ID was missing)");
  let app: AppProcess | undefined;
  let browser: Browser | undefined;
  try {
    const buildId = readBuildId();
    const started = await startPinnedApp(options.core);
    app = started.app;
    browser = await launchChromium();
    const result = await measureBrowserOpen(browser, app, options).catch((error: unknown) => {
      // The tree is shared: another `next build` swaps .next under the running app.
      if (readBuildId() !== buildId) throw new Error(`.next was rebuilt during the measurement`);
      throw error;
    });
    return { ran: true, result, appPinned: started.pinned, chromium: browser.version() };
  } finally {
    await browser?.close();
    await app?.stop();
  }
}

function readBuildId(): string {
  try {
    return readFileSync(".next/BUILD_ID", "utf8");
  } catch {
    return "";
  }
}
