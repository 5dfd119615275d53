/**
 * Event-loop stalls inside a measured server process, two ways:
 * - `monitorEventLoopDelay` (libuv timer, 5 ms resolution): max and p99 of the loop's delay;
 * - a timer-drift probe: a 5 ms interval that notes every tick arriving more than 5 ms late,
 *   with its wall-clock time, so a stall can be matched to the compaction or flush that ran then.
 * Times are `performance.timeOrigin + performance.now()` (epoch ms), comparable across the
 * bench processes on one machine to about a millisecond.
 */
import { monitorEventLoopDelay, performance } from "node:perf_hooks";

export interface Stall {
  /** Epoch ms when the late tick finally ran (the stall ended). */
  endedAt: number;
  /** How late the tick was, in ms (≈ how long the loop was blocked). */
  ms: number;
}

export interface LoopReading {
  /** monitorEventLoopDelay since the last reset, in ms. */
  maxDelayMs: number;
  p99DelayMs: number;
  /** Drift probe since the last reset: the largest stall and every stall over 5 ms (at most 500). */
  maxStallMs: number;
  stalls: Stall[];
}

const INTERVAL_MS = 5;
const NOTED_LATENESS_MS = 5;
const MAX_NOTED = 500;

export const epochNow = () => performance.timeOrigin + performance.now();

export function startLoopProbe(): { read(reset: boolean): LoopReading } {
  const histogram = monitorEventLoopDelay({ resolution: INTERVAL_MS });
  histogram.enable();
  let stalls: Stall[] = [];
  let maxStallMs = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    const late = now - last - INTERVAL_MS;
    last = now;
    if (late > maxStallMs) maxStallMs = late;
    if (late > NOTED_LATENESS_MS && stalls.length < MAX_NOTED)
      stalls.push({ endedAt: performance.timeOrigin + now, ms: late });
  }, INTERVAL_MS);
  timer.unref();
  return {
    read(reset) {
      const reading: LoopReading = {
        maxDelayMs: histogram.max / 1e6,
        p99DelayMs: histogram.percentile(99) / 1e6,
        maxStallMs: Math.max(0, maxStallMs),
        stalls,
      };
      if (reset) {
        histogram.reset();
        stalls = [];
        maxStallMs = 0;
      }
      return reading;
    },
  };
}
