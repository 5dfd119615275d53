/**
 * Fan-out latency: one writer moves a note (one small YKeyValue update carrying its send time)
 * at a steady rate; every other client in the room records receive time − send time. All
 * clients live in this process, so both times come from the same monotonic clock.
 */
import { performance } from "node:perf_hooks";
import { summarizeLatencies, type LatencySummary } from "../stats";
import type { ServerProcess } from "../lib/server-process";
import { closeClient, connectClient, mapLimited, noteRecord, sleep } from "../lib/clients";

export interface FanOutOptions {
  clients: number;
  updates: number;
  ratePerSecond: number;
  /** Updates sent first and not measured (JIT, socket buffers). */
  warmupUpdates: number;
}

export interface FanOutResult extends LatencySummary {
  clients: number;
  /** Receipts expected but not seen within the drain time. */
  missing: number;
}

const DRAIN_TIMEOUT_MS = 5_000;

export async function measureFanOut(
  server: ServerProcess,
  options: FanOutOptions,
): Promise<FanOutResult> {
  const [room] = await server.createRooms(1);
  const clients = await mapLimited(Array.from({ length: options.clients }), 10, () =>
    connectClient(server.wsUrl, room!),
  );
  const [writer, ...readers] = clients;
  const latencies: number[] = [];
  let received = 0;
  const measuredFromSeq = options.warmupUpdates;
  for (const reader of readers) {
    reader.records.on("change", (changes: Map<string, { action: string; newValue?: unknown }>) => {
      const now = performance.now();
      for (const change of changes.values()) {
        const meta = (change.newValue as { meta?: { seq?: number; sentAt?: number } } | undefined)
          ?.meta;
        if (meta?.seq === undefined || meta.sentAt === undefined || meta.seq < measuredFromSeq)
          continue;
        latencies.push(now - meta.sentAt);
        received++;
      }
    });
  }

  const total = options.warmupUpdates + options.updates;
  const intervalMs = 1_000 / options.ratePerSecond;
  const start = performance.now();
  for (let seq = 0; seq < total; seq++) {
    // Paced against the start time, so a slow tick does not shift every later send.
    const due = start + seq * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    writer!.records.set("shape:probe", {
      ...noteRecord(0, { seq, sentAt: performance.now() }),
      id: "shape:probe",
    });
  }

  const expected = options.updates * readers.length;
  const drainUntil = performance.now() + DRAIN_TIMEOUT_MS;
  while (received < expected && performance.now() < drainUntil) await sleep(20);
  clients.forEach(closeClient);
  return {
    clients: options.clients,
    ...summarizeLatencies(latencies),
    missing: expected - received,
  };
}
