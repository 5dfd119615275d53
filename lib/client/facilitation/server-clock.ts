/**
 * The offset between this browser's clock and the server's, measured with a few GET /api/time
 * round trips. offset = serverNow − (t0 + t1) / 2 for each trip; the trip with the smallest
 * round-trip time wins (least queueing, so the midpoint guess is tightest).
 */
export interface ClockSample {
  /** Local time the request was sent. */
  sentAt: number;
  /** Local time the answer arrived. */
  receivedAt: number;
  /** The server's Date.now() in the answer. */
  serverNow: number;
}

/** Best offset (server − local, ms) from samples, or 0 when there are none. */
export function estimateOffset(samples: readonly ClockSample[]): number {
  let best: ClockSample | undefined;
  for (const sample of samples) {
    if (sample.receivedAt < sample.sentAt) continue;
    if (!best || sample.receivedAt - sample.sentAt < best.receivedAt - best.sentAt) best = sample;
  }
  if (!best) return 0;
  return best.serverNow - (best.sentAt + best.receivedAt) / 2;
}

/** Asks the server for its time `rounds` times, one after another. Failed rounds are skipped. */
export async function measureServerOffset(
  fetchServerNow: () => Promise<number>,
  rounds = 5,
  localNow: () => number = Date.now,
): Promise<number | null> {
  const samples: ClockSample[] = [];
  for (let round = 0; round < rounds; round++) {
    const sentAt = localNow();
    try {
      const serverNow = await fetchServerNow();
      samples.push({ sentAt, receivedAt: localNow(), serverNow });
    } catch {
      // Offline for a moment: the other rounds decide.
    }
  }
  return samples.length > 0 ? estimateOffset(samples) : null;
}

/** GET /api/time from the app this page came from. */
export async function fetchServerNow(): Promise<number> {
  const response = await fetch("/api/time", { cache: "no-store" });
  if (!response.ok) throw new Error(`time: ${response.status}`);
  const body = (await response.json()) as { now?: unknown };
  if (typeof body.now !== "number") throw new Error("time: bad answer");
  return body.now;
}
