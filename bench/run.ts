/**
 * `npm run bench`: Cocreate's realtime server beside @y/websocket-server and @hocuspocus/server
 * (and, where the build supports it, two Cocreate instances on PostgreSQL + Redis), in the same
 * run on the same machine. Each target runs in its own child process(es), fresh for every
 * metric and pinned to core 0; this process is the load generator, pinned to core 1. Progress
 * goes to stderr, one line per step; the report is written to docs/BENCHMARKS.md.
 *
 *   npm run bench                     full run (~17-20 min, estimated), writes docs/BENCHMARKS.md
 *   npm run bench -- --quick          short check (< 4 min), writes bench/results/BENCHMARKS.quick.md
 *   npm run bench -- --quick --write  short check that writes docs/BENCHMARKS.md, marked as such
 *   npm run bench -- --only=fan-out,compaction --targets=cocreate,hocuspocus
 *   npm run bench -- --only=browser-10k   the 10,000-shape browser open alone (issue 7: < 1.5 s)
 *   npm run bench -- --multi | --no-multi   force the two-instance variant in or out
 *   npm run bench -- --only=compaction --out=tmp/bench.md   one full-size step, report elsewhere
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { canPin, pinSelf } from "./lib/server-process";
import { describeEnvironment } from "./lib/environment";
import {
  multiInstanceSupport,
  startTarget,
  TARGETS,
  type BenchTarget,
  type TargetKey,
  type TargetSpec,
} from "./lib/targets";
import { FULL_PLAN, QUICK_PLAN } from "./config";
import { measureFanOut, type FanOutResult } from "./metrics/fan-out";
import { measureRoomCapacity } from "./metrics/room-capacity";
import { measureIdleRooms, type IdleRoomsResult } from "./metrics/idle-rooms";
import { fillRoom, measureLargeRoom, type LargeRoomResult } from "./metrics/large-room";
import { closeClient } from "./lib/clients";
import type { BenchRoom } from "./servers/control";
import { measureCompaction, type CompactionResult } from "./metrics/compaction";
import { runBrowserOpen } from "./browser/run-browser-open";
import { runLargeBrowserOpen } from "./browser/run-large-open";
import { renderReport, type Measured } from "./report";

/** "compaction" runs after "large-room" in its room; alone, it fills a room of its own first. */
const METRICS = [
  "fan-out",
  "capacity",
  "memory",
  "large-room",
  "compaction",
  "browser",
  "browser-10k",
] as const;
type MetricKey = (typeof METRICS)[number];

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: process.env.BENCH_QUICK === "1" },
    write: { type: "boolean", default: false },
    only: { type: "string" },
    targets: { type: "string" },
    multi: { type: "boolean" },
    "no-multi": { type: "boolean" },
    out: { type: "string" },
  },
});
const quick = args.quick ?? false;
const plan = quick ? QUICK_PLAN : FULL_PLAN;
const metrics = new Set<MetricKey>(
  args.only
    ? (args.only.split(",") as MetricKey[]).filter((key) => METRICS.includes(key))
    : METRICS,
);
const reportPath =
  args.out ??
  (quick && !args.write
    ? path.join("bench", "results", "BENCHMARKS.quick.md")
    : "docs/BENCHMARKS.md");

const started = performance.now();
const running = new Set<BenchTarget>();

function progress(message: string): void {
  process.stderr.write(
    `[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(6)}s] ${message}\n`,
  );
}

/** The targets of this run, peers first; the multi-instance variant when supported or asked for. */
function chooseTargets(): { targets: TargetSpec[]; multiSkipped: string | null } {
  const wanted = args.targets ? new Set(args.targets.split(",")) : null;
  const support = multiInstanceSupport();
  const multiWanted = args["no-multi"] ? false : (args.multi ?? support.available);
  const multiSkipped = multiWanted
    ? null
    : args["no-multi"]
      ? "left out with --no-multi"
      : support.available
        ? null
        : support.reason;
  const order: TargetKey[] = ["y-websocket", "hocuspocus", "cocreate", "cocreate-multi"];
  const targets = order
    .filter((key) => key !== "cocreate-multi" || multiWanted)
    .filter((key) => !wanted || wanted.has(key))
    .map((key) => TARGETS[key]);
  return { targets, multiSkipped };
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadAverageAtStart = os.loadavg()[0] ?? Number.NaN;
  const pinned = canPin(os.availableParallelism()) && pinSelf(1);
  const core = pinned ? 0 : null;
  const { targets, multiSkipped } = chooseTargets();
  progress(
    `${quick ? "QUICK run" : "full run"}; ${pinned ? "servers on core 0, load generator on core 1" : "taskset unavailable: unpinned"}; ` +
      `targets: ${targets.map((target) => target.key).join(", ")}${multiSkipped ? ` (two-instance variant skipped: ${multiSkipped})` : ""}`,
  );

  /** Runs `measure` against a fresh start of every target; a failing target is reported, not fatal. */
  async function onEach<T>(
    metric: string,
    measure: (target: BenchTarget, say: (message: string) => void) => Promise<T>,
  ): Promise<Measured<T>[]> {
    const results: Measured<T>[] = [];
    for (const [index, spec] of targets.entries()) {
      const say = (message: string) =>
        progress(`${metric} ${index + 1}/${targets.length} ${spec.key}: ${message}`);
      say("starting");
      let target: BenchTarget | undefined;
      try {
        target = await startTarget(spec, core, plan.serverEnv);
        running.add(target);
        results.push({ spec, ok: true, value: await measure(target, say) });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        say(`FAILED: ${reason}`);
        results.push({ spec, ok: false, reason });
      } finally {
        if (target) {
          await target.stop();
          running.delete(target);
        }
      }
    }
    return results;
  }

  const fanOut = metrics.has("fan-out")
    ? await onEach("fan-out", async (target, say) => {
        const runs: FanOutResult[] = [];
        for (const [index, clients] of plan.fanOut.clients.entries()) {
          say(
            `${clients} clients (${index + 1}/${plan.fanOut.clients.length}), ${plan.fanOut.updates} updates at ${plan.fanOut.ratePerSecond}/s`,
          );
          const result = await measureFanOut(target, { ...plan.fanOut, clients });
          say(
            `  p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms, ${result.count} receipts${result.missing ? `, ${result.missing} MISSING` : ""}`,
          );
          runs.push(result);
        }
        return runs;
      })
    : null;

  const capacity = metrics.has("capacity")
    ? await onEach("capacity", (target, say) =>
        measureRoomCapacity(target, { ...plan.capacity, progress: say }),
      )
    : null;

  const idleRooms = metrics.has("memory")
    ? await onEach("idle rooms", async (target, say) => {
        say(`${plan.idleRooms} rooms with one client each`);
        const result: IdleRoomsResult = await measureIdleRooms(target, {
          rooms: plan.idleRooms,
          settle: plan.memorySettle,
        });
        say(
          `  RSS ${mib(result.baseline.rss)} → ${mib(result.loaded.rss)} MiB, heap ${mib(result.baseline.heapUsed)} → ${mib(result.loaded.heapUsed)} MiB`,
        );
        return result;
      })
    : null;

  const largeRoom = metrics.has("large-room")
    ? await onEach("large room + compaction", async (target, say) => {
        const { result, room } = await measureLargeRoom(target, {
          ...plan.largeRoom,
          settle: plan.memorySettle,
          progress: say,
        });
        say(
          `  RSS +${mib(result.memory.loaded.rss - result.memory.baseline.rss)} MiB; open cold ${fixed(result.cold?.singleMedian)} ms, warm ${fixed(result.warm.singleMedian)} ms; ${result.warm.crowd.clients} at once warm p50/max ${fixed(result.warm.crowd.p50)}/${fixed(result.warm.crowd.max)} ms`,
        );
        const compaction = await compactionStep(target, room, say);
        return { largeRoom: result, compaction } satisfies {
          largeRoom: LargeRoomResult;
          compaction: CompactionResult;
        };
      })
    : null;

  const compactionAlone =
    metrics.has("compaction") && !largeRoom
      ? await onEach("compaction", async (target, say) => {
          const [room] = await target.createRooms(1);
          say(`filling a room with ${plan.largeRoom.shapes} shapes`);
          closeClient(await fillRoom(target, room!, plan.largeRoom.shapes));
          return { compaction: await compactionStep(target, room!, say) };
        })
      : null;

  const browser = metrics.has("browser")
    ? await (async () => {
        progress(
          `browser 1/1: open the real app's room with its template, then with ${plan.browser.notes} notes, ${plan.browser.runs} runs each`,
        );
        const step = await runBrowserOpen({ ...plan.browser, core, progress });
        if (!step.ran) progress(`  skipped: ${step.reason}`);
        return { notes: plan.browser.notes, step };
      })()
    : null;

  const browserLarge = metrics.has("browser-10k")
    ? await (async () => {
        const { shapes, runs } = plan.browserLarge;
        progress(`browser 10k: open a mixed room of ${shapes} shapes in the real app, ${runs} runs (+1 warm-up)`);
        const step = await runLargeBrowserOpen({ ...plan.browserLarge, core, progress });
        if (step.ran)
          progress(`  median ${fixed(step.result.median.painted)} ms to open, ${step.result.landingShapes} shapes on the stage`);
        else progress(`  skipped: ${step.reason}`);
        return step;
      })()
    : null;

  const report = renderReport({
    environment: describeEnvironment(pinned, loadAverageAtStart),
    quick,
    plan,
    startedAt,
    durationSeconds: (performance.now() - started) / 1000,
    multiSkipped,
    fanOut,
    capacity,
    idleRooms,
    largeRoom,
    compaction: largeRoom ?? compactionAlone,
    browser,
    browserLarge,
  });
  mkdirSync(path.dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, report);
  progress(`wrote ${reportPath} (${((performance.now() - started) / 1000).toFixed(0)} s in all)`);
}

/** Edits in the filled room while the server compacts (bench/metrics/compaction.ts). */
async function compactionStep(
  target: BenchTarget,
  room: BenchRoom,
  say: (message: string) => void,
): Promise<CompactionResult> {
  say(
    `compaction window: ${plan.compaction.windowMs / 1000} s of edits at ${plan.compaction.ratePerSecond}/s, ${plan.compaction.receivers} receivers`,
  );
  const compaction = await measureCompaction(target, room, plan.compaction);
  say(
    `  ${compaction.writes.length ? `${compaction.writes.length} writes (${compaction.writes.map((write) => write.ms.toFixed(0)).join(", ")} ms)` : "no compaction or flush"}, longest stall ${compaction.maxStallMs.toFixed(1)} ms (during writes ${fixed(compaction.maxStallDuringWriteMs ?? Number.NaN)} ms)`,
  );
  return compaction;
}

const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const fixed = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? "n/a" : value.toFixed(0);

async function stopAll(): Promise<void> {
  await Promise.all([...running].map((target) => target.stop()));
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    progress(`${signal}: stopping the servers`);
    void stopAll().finally(() => process.exit(1));
  });
}

const deadline = setTimeout(() => {
  progress(`deadline of ${plan.deadlineMs / 60_000} min passed: stopping`);
  void stopAll().finally(() => process.exit(1));
}, plan.deadlineMs);
deadline.unref();

main()
  .then(() => process.exit(0))
  .catch(async (error: unknown) => {
    progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await stopAll();
    process.exit(1);
  });
