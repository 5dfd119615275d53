/**
 * Fan-out latency: one writer moves a note (one small YKeyValue update carrying its sequence
 * number) at a steady rate; every other client in the room records receive time − send time.
 * All clients live in this process, so both times come from the same monotonic clock.
 */
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { summarizeLatencies, type LatencySummary } from "../stats";
import type { BenchTarget } from "../lib/targets";
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
  /**
   * p99 of the load generator's own event-loop delay while updates were sent, ms: all receivers
   * share this process and its core, so at large rooms their own work is part of the latency.
   */
  generatorP99DelayMs: number;
  /** Receipts expected but not seen within the drain time. */
  missing: number;
}

const DRAIN_TIMEOUT_MS = 5_000;

export async function measureFanOut(
  server: BenchTarget,
  options: FanOutOptions,
): Promise<FanOutResult> {
  const [room] = await server.createRooms(1);
  // Client i connects to instance i mod n, so with two instances every update crosses over.
  const clients = await mapLimited(
    Array.from({ length: options.clients }, (_, index) => index),
    10,
    (index) => connectClient(server, room!, index),
  );
  const [writer, ...readers] = clients;
  const latencies: number[] = [];
  /** Send time of every update, by sequence number. */
  const sentAt: number[] = [];
  let received = 0;
  const measuredFromSeq = options.warmupUpdates;
  for (const reader of readers) {
    let lastSeen = -1;
    reader.records.on("change", (changes: Map<string, { action: string; newValue?: unknown }>) => {
      const now = performance.now();
      const seq = (changes.get("shape:probe")?.newValue as { meta?: { seq?: number } } | undefined)
        ?.meta?.seq;
      if (seq === undefined || seq <= lastSeen) return;
      // A server may merge updates that queued up into one message (Hocuspocus does, per loop
      // turn): the receiver then sees only the newest, but every merged update arrived now.
      for (let arrived = lastSeen + 1; arrived <= seq; arrived++) {
        if (arrived < measuredFromSeq) continue;
        latencies.push(now - sentAt[arrived]!);
        received++;
      }
      lastSeen = seq;
    });
  }

  const generatorDelay = monitorEventLoopDelay({ resolution: 5 });
  generatorDelay.enable();
  const total = options.warmupUpdates + options.updates;
  const intervalMs = 1_000 / options.ratePerSecond;
  const start = performance.now();
  for (let seq = 0; seq < total; seq++) {
    // Paced against the start time, so a slow tick does not shift every later send.
    const due = start + seq * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    sentAt[seq] = performance.now();
    writer!.records.set("shape:probe", { ...noteRecord(0, { seq }), id: "shape:probe" });
  }

  const expected = options.updates * readers.length;
  const drainUntil = performance.now() + DRAIN_TIMEOUT_MS;
  while (received < expected && performance.now() < drainUntil) await sleep(20);
  generatorDelay.disable();
  clients.forEach(closeClient);
  return {
    clients: options.clients,
    generatorP99DelayMs: generatorDelay.percentile(99) / 1e6,
    ...summarizeLatencies(latencies),
    missing: expected - received,
  };
}
