/**
 * Settled memory readings of a server process. Each reading comes after two forced GCs (see
 * bench/servers/control.ts); readings are taken every 500 ms until the last five agree on RSS
 * within 1 MiB (V8's memory reducer shrinks the heap a few seconds after activity and RSS
 * drops by ~10 MiB steps), after at least `minWaitMs`, and the median of those five is kept.
 */
import { median, settledWindow } from "../stats";
import { sleep } from "./clients";
import type { MemoryReading } from "./server-process";
import type { BenchTarget } from "./targets";

export interface SettledMemory extends MemoryReading {
  /** False when RSS had not settled by `maxWaitMs` (the median of the last five is kept). */
  settled: boolean;
}

const INTERVAL_MS = 500;
const WINDOW = 5;
const RSS_TOLERANCE = 2 ** 20;

/** Readings start at once; a figure is taken after `minWaitMs`, at the latest after `maxWaitMs`. */
export interface SettleOptions {
  minWaitMs: number;
  maxWaitMs: number;
}

export async function readSettledMemory(
  server: Pick<BenchTarget, "memory">,
  options: SettleOptions,
): Promise<SettledMemory> {
  const started = Date.now();
  const readings: MemoryReading[] = [];
  for (;;) {
    readings.push(await server.memory());
    const elapsed = Date.now() - started;
    const settled =
      elapsed >= options.minWaitMs &&
      settledWindow(
        readings.map((reading) => reading.rss),
        WINDOW,
        RSS_TOLERANCE,
      ) !== null;
    if (settled || elapsed >= options.maxWaitMs) {
      return { ...medianReading(readings.slice(-WINDOW)), settled };
    }
    await sleep(INTERVAL_MS);
  }
}

/** Field-by-field median of the readings. */
function medianReading(readings: MemoryReading[]): MemoryReading {
  const of = (field: keyof MemoryReading) => median(readings.map((reading) => reading[field]));
  return {
    rss: of("rss"),
    heapUsed: of("heapUsed"),
    heapTotal: of("heapTotal"),
    external: of("external"),
    arrayBuffers: of("arrayBuffers"),
  };
}
