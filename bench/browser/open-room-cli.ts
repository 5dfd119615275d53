/**
 * Measures a browser opening a large room, outside `npm run bench`:
 *
 *   npx tsx bench/browser/open-room-cli.ts --shapes 10000 --runs 5 [--pin] [--profile open.cpuprofile]
 *
 * --pin: the app on core 0, this process and Chromium on core 1 (taskset). Prints the single
 * opens, the medians and the load average before and after as JSON on stdout.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { pinSelf } from "../lib/server-process";
import { measureBrowserRoomOpen } from "./room-open";

const { values } = parseArgs({
  options: {
    shapes: { type: "string", default: "10000" },
    runs: { type: "string", default: "5" },
    "landing-share": { type: "string", default: "0.3" },
    pin: { type: "boolean", default: false },
    profile: { type: "string" },
  },
});

const pinned = values.pin && pinSelf(1);
if (values.pin && !pinned) throw new Error("taskset could not pin this process");
const loadBefore = os.loadavg();
const result = await measureBrowserRoomOpen({
  shapes: Number(values.shapes),
  runs: Number(values.runs),
  landingShare: Number(values["landing-share"]),
  core: pinned ? 0 : null,
  profilePath: values.profile,
  progress: (message) => process.stderr.write(`${message}\n`),
});
const loadAfter = os.loadavg();
process.stdout.write(
  `${JSON.stringify({ ...result, pinned, loadBefore, loadAfter, at: new Date().toISOString() }, null, 1)}\n`,
);
process.exit(0);
