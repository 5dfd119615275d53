/**
 * `npm run bench`: Cocreate's realtime server beside @y/websocket-server, same run, same machine.
 * Each server runs in its own child process (fresh for every metric, pinned to core 0); this
 * process is the load generator (pinned to core 1). Progress goes to stderr, one line per step;
 * the report is written to docs/BENCHMARKS.md.
 *
 * BENCH_QUICK=1 runs a short smoke version (fewer updates and opens) that does not write the report.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { canPin, pinSelf, startServerProcess, type ServerProcess } from "./lib/server-process";
import { describeEnvironment } from "./lib/environment";
import { measureFanOut, type FanOutResult } from "./metrics/fan-out";
import { measureOpenRoom, type OpenRoomResult } from "./metrics/open-room";
import { added, measureIdleRooms, type IdleRoomsResult } from "./metrics/idle-rooms";
import { runBrowserOpen } from "./browser/run-browser-open";
import { renderReport, type PairOf } from "./report";

const quick = process.env.BENCH_QUICK === "1";
const FAN_OUT = { updates: quick ? 40 : 300, ratePerSecond: 20, warmupUpdates: quick ? 5 : 20 };
const FAN_OUT_CLIENTS = [2, 20, 50];
const OPEN_ROOM = { shapes: 2_000, runs: quick ? 2 : 5 };
const IDLE_ROOMS = quick ? 20 : 100;
const BROWSER_OPEN = { notes: 2_000, runs: quick ? 2 : 5 };
/** Hard bound on the whole run; a hung step must not hang CI. */
const DEADLINE_MS = 7 * 60_000;
const REPORT_PATH = "docs/BENCHMARKS.md";

const SERVERS = {
  peer: "bench/servers/y-websocket-server.ts",
  cocreate: "bench/servers/cocreate-server.ts",
} as const;
type ServerKey = keyof typeof SERVERS;

const started = performance.now();
const running = new Set<ServerProcess>();

function progress(message: string): void {
  process.stderr.write(
    `[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(5)}s] ${message}\n`,
  );
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadAverageAtStart = os.loadavg()[0] ?? Number.NaN;
  const pinned = canPin(os.availableParallelism()) && pinSelf(1);
  progress(
    pinned
      ? "pinned: servers on core 0, load generator on core 1"
      : "taskset unavailable: running unpinned",
  );
  const core = pinned ? 0 : null;

  /** Runs `measure` against a fresh process of each server, peer first. */
  async function onBoth<T>(
    label: string,
    measure: (server: ServerProcess, key: ServerKey) => Promise<T>,
  ): Promise<PairOf<T>> {
    const results = {} as PairOf<T>;
    for (const key of ["peer", "cocreate"] as const) {
      progress(`${key}: ${label}`);
      const server = await startServerProcess(key, SERVERS[key], { core });
      running.add(server);
      try {
        results[key] = await measure(server, key);
      } finally {
        await server.stop();
        running.delete(server);
      }
    }
    return results;
  }

  const fanOutRuns: PairOf<FanOutResult>[] = [];
  for (const clients of FAN_OUT_CLIENTS) {
    const pair = await onBoth(
      `fan-out, ${clients} clients, ${FAN_OUT.updates} updates at ${FAN_OUT.ratePerSecond}/s`,
      (server) => measureFanOut(server, { clients, ...FAN_OUT }),
    );
    progress(
      `  p50/p99 Cocreate ${pair.cocreate.p50.toFixed(2)}/${pair.cocreate.p99.toFixed(2)} ms, peer ${pair.peer.p50.toFixed(2)}/${pair.peer.p99.toFixed(2)} ms`,
    );
    fanOutRuns.push(pair);
  }

  const openRoom: PairOf<OpenRoomResult> = await onBoth(
    `open a room of ${OPEN_ROOM.shapes} shapes, ${OPEN_ROOM.runs} runs`,
    (server, key) => measureOpenRoom(server, { ...OPEN_ROOM, hasCold: key === "cocreate" }),
  );
  progress(
    `  Cocreate cold ${openRoom.cocreate.coldMedian.toFixed(1)} ms, warm ${openRoom.cocreate.warmMedian.toFixed(1)} ms; peer ${openRoom.peer.warmMedian.toFixed(1)} ms`,
  );

  const idleRooms: PairOf<IdleRoomsResult> = await onBoth(
    `memory of ${IDLE_ROOMS} idle rooms`,
    (server) => measureIdleRooms(server, { rooms: IDLE_ROOMS }),
  );
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  const summary = (result: IdleRoomsResult) =>
    `heap +${mib(added(result, "heapUsed"))} MiB (RSS ${mib(added(result, "rss"))})`;
  progress(`  added Cocreate ${summary(idleRooms.cocreate)}, peer ${summary(idleRooms.peer)}`);

  progress(
    `browser: open the real app's room with its template, then with ${BROWSER_OPEN.notes} notes, ${BROWSER_OPEN.runs} runs each`,
  );
  const browserStep = await runBrowserOpen({ ...BROWSER_OPEN, core, progress });
  if (!browserStep.ran) progress(`  skipped: ${browserStep.reason}`);

  const report = renderReport({
    environment: describeEnvironment(pinned, loadAverageAtStart),
    startedAt,
    durationSeconds: (performance.now() - started) / 1000,
    fanOut: { options: FAN_OUT, runs: fanOutRuns },
    openRoom: { ...openRoom, runs: OPEN_ROOM.runs },
    idleRooms,
    browserOpen: { notes: BROWSER_OPEN.notes, step: browserStep },
  });
  if (quick) {
    process.stdout.write(report);
    progress("quick run: report printed, docs/BENCHMARKS.md left unchanged");
  } else {
    writeFileSync(REPORT_PATH, report);
    progress(`wrote ${REPORT_PATH}`);
  }
}

async function stopAll(): Promise<void> {
  await Promise.all([...running].map((server) => server.stop()));
}

const deadline = setTimeout(() => {
  progress(`deadline of ${DEADLINE_MS / 60_000} min passed: stopping`);
  void stopAll().finally(() => process.exit(1));
}, DEADLINE_MS);
deadline.unref();

main()
  .then(() => process.exit(0))
  .catch(async (error: unknown) => {
    progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await stopAll();
    process.exit(1);
  });
