/**
 * Pure statistics for the benchmark: percentiles by the nearest-rank method, so every figure
 * reported is a sample that was actually measured (no interpolation between two samples).
 */

/** The `p`-th percentile (0 < p <= 100) of `samples` by nearest rank; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/**
 * The median: the middle sample, or the mean of the two middle samples for an even count
 * (the usual definition, used for the small "median of 5" series).
 */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/** Count, p50, p99 and max of a latency series (NaN figures when it is empty). */
export function summarizeLatencies(samples: readonly number[]): LatencySummary {
  return {
    count: samples.length,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    max: samples.length === 0 ? Number.NaN : Math.max(...samples),
  };
}

/** `subject / reference`, or NaN when the reference is zero or either side is not a number. */
export function ratio(subject: number, reference: number): number {
  if (!Number.isFinite(subject) || !Number.isFinite(reference) || reference === 0)
    return Number.NaN;
  return subject / reference;
}

/**
 * The last `size` samples when their spread (max − min) is at most `tolerance`, else null: how
 * the memory readings decide that the process has settled (V8's memory reducer shrinks the heap
 * a few seconds after activity, and the allocator returns pages in steps).
 */
export function settledWindow(
  samples: readonly number[],
  size: number,
  tolerance: number,
): number[] | null {
  if (size < 1 || samples.length < size) return null;
  const window = samples.slice(-size);
  return Math.max(...window) - Math.min(...window) <= tolerance ? window : null;
}
