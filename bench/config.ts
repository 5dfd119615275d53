/**
 * What `npm run bench` measures, in full and with `--quick` (a short check that every step runs
 * end to end; its figures are not for comparison).
 */
import type { FanOutOptions } from "./metrics/fan-out";
import type { CapacityOptions } from "./metrics/room-capacity";
import type { LargeRoomOptions } from "./metrics/large-room";
import type { CompactionOptions } from "./metrics/compaction";
import type { SettleOptions } from "./lib/memory";

export interface BenchPlan {
  fanOut: Omit<FanOutOptions, "clients"> & { clients: number[] };
  capacity: Omit<CapacityOptions, "progress">;
  idleRooms: number;
  /** How long memory readings wait for RSS to settle (bench/lib/memory.ts). */
  memorySettle: SettleOptions;
  largeRoom: Omit<LargeRoomOptions, "progress" | "settle">;
  compaction: CompactionOptions;
  browser: { notes: number; runs: number; buildIfMissing: boolean };
  /** The mixed room of issue 7's target opened in a browser (bench/browser/room-open.ts). */
  browserLarge: { shapes: number; runs: number; buildIfMissing: boolean };
  /** Added to every measured server's environment (e.g. BENCH_COMPACT_AFTER_UPDATES). */
  serverEnv: Record<string, string>;
  /** Hard bound on the whole run: a hung step must not hang CI. */
  deadlineMs: number;
}

/** Fan-out sizes of the issue; 1 client is reported as n/a (nobody to fan out to). */
export const FAN_OUT_SIZES_OF_ISSUE = [1, 10, 50, 100, 250];

export const FULL_PLAN: BenchPlan = {
  // 2 as the smallest measured room: one receiver, the plain writer → server → reader trip.
  fanOut: { clients: [2, 10, 50, 100, 250], updates: 150, ratePerSecond: 20, warmupUpdates: 20 },
  capacity: {
    // Capped at 150 rooms (750 clients in one load-generator process on one core of a 2-core
    // machine); the generator's own loop delay is watched and stops the search first if needed.
    steps: [10, 25, 50, 75, 100, 150],
    clientsPerRoom: 5,
    editsPerSecond: 2,
    awarenessPerSecond: 1,
    settleMs: 2_000,
    windowMs: 6_000,
    p99LimitMs: 100,
    generatorLimitMs: 50,
  },
  idleRooms: 100,
  memorySettle: { minWaitMs: 3_000, maxWaitMs: 15_000 },
  largeRoom: { shapes: 10_000, singleRuns: 3, crowd: 30 },
  compaction: { receivers: 10, ratePerSecond: 25, windowMs: 20_000 },
  browser: { notes: 2_000, runs: 5, buildIfMissing: true },
  browserLarge: { shapes: 10_000, runs: 7, buildIfMissing: true },
  serverEnv: {},
  deadlineMs: 30 * 60_000,
};

export const QUICK_PLAN: BenchPlan = {
  fanOut: { clients: [50], updates: 40, ratePerSecond: 20, warmupUpdates: 5 },
  capacity: { ...FULL_PLAN.capacity, steps: [10], settleMs: 500, windowMs: 2_500 },
  idleRooms: 10,
  memorySettle: { minWaitMs: 2_000, maxWaitMs: 2_500 },
  largeRoom: { shapes: 1_000, singleRuns: 1, crowd: 5 },
  // 120 edits: one compaction, as Cocreate compacts every 50 stored rows in the quick run (200
  // in production: edits that queue up share a row); Hocuspocus flushes 2 s after the last edit.
  compaction: { receivers: 3, ratePerSecond: 40, windowMs: 3_000 },
  browser: { notes: 500, runs: 1, buildIfMissing: false },
  // The same room as the full run (the target is about 10,000 shapes), fewer opens.
  browserLarge: { shapes: 10_000, runs: 2, buildIfMissing: false },
  serverEnv: { BENCH_COMPACT_AFTER_UPDATES: "50" },
  deadlineMs: 10 * 60_000,
};
