/**
 * Browser tests run against the production build. Build it when it is missing or older than the
 * sources, so a stale .next never hides a change. Chromium must be there: in CI its absence fails.
 */
import { execSync } from "node:child_process";
import { existsSync, statSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { chromiumPath } from "../helpers/chromium";

const SOURCE_DIRS = ["app", "components", "lib", "messages", "i18n"];

function newestSourceMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated" || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  chromiumPath(); // throws with a clear message when Chromium is missing
  const buildId = ".next/BUILD_ID";
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...SOURCE_DIRS.map(newestSourceMtime), statSync("next.config.mjs").mtimeMs);
  if (builtAt > changedAt) return;
  process.stdout.write("e2e: building the app for browser tests…\n");
  execSync("npm run build", { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
}
