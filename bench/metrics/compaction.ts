/**
 * What writing a whole large document costs while people work in it: in the room left filled by
 * large-room.ts, receivers are connected and one writer edits a note at a steady rate for a
 * fixed window. Cocreate compacts on its own (every 200 stored updates); Hocuspocus flushes on
 * its own (2 s after the last edit, at least every 10 s); the reference server writes nothing.
 *
 * From the server: every compaction/flush (start, end, its synchronous encode when known) and
 * every event-loop stall over 5 ms (loop-probe.ts); a stall overlapping a write is attributed to
 * it. From the receivers: fan-out latency over the window, so a stall shows as what users see.
 */
import { performance } from "node:perf_hooks";
import { summarizeLatencies, type LatencySummary } from "../stats";
import type { BenchTarget } from "../lib/targets";
import { closeClient, connectClient, mapLimited, noteRecord, sleep } from "../lib/clients";
import type { BenchRoom, PersistenceEvent } from "../servers/control";

export interface CompactionOptions {
  receivers: number;
  ratePerSecond: number;
  windowMs: number;
}

export interface CompactionResult {
  edits: number;
  windowMs: number;
  /** Compactions or flushes in the window, each with its duration in ms. */
  writes: (PersistenceEvent & { ms: number })[];
  /** Longest stall of the server's event loop in the window (drift probe), in ms. */
  maxStallMs: number;
  /** Longest stall overlapping a compaction/flush; null when there was none in the window. */
  maxStallDuringWriteMs: number | null;
  maxStallOutsideWriteMs: number;
  /** monitorEventLoopDelay's max over the window, in ms (the probe's cross-check). */
  maxLoopDelayMs: number;
  fanOut: LatencySummary;
}

const DRAIN_MS = 3_000;
/** Slack when matching a stall to a write: the two clocks and the probe's 5 ms tick. */
const MATCH_SLACK_MS = 10;

export async function measureCompaction(
  server: BenchTarget,
  room: BenchRoom,
  options: CompactionOptions,
): Promise<CompactionResult> {
  const clients = await mapLimited(
    Array.from({ length: options.receivers + 1 }, (_, index) => index),
    5,
    (index) => connectClient(server, room, index),
  );
  const [writer, ...receivers] = clients;
  const latencies: number[] = [];
  const sentAt: number[] = [];
  for (const receiver of receivers) {
    let lastSeen = -1;
    receiver.records.on("change", (changes: Map<string, { newValue?: unknown }>) => {
      const now = performance.now();
      const seq = (changes.get("shape:probe")?.newValue as { meta?: { seq?: number } })?.meta?.seq;
      if (seq === undefined || seq <= lastSeen) return;
      // Merged updates (see fan-out.ts) all arrived now.
      for (let arrived = lastSeen + 1; arrived <= seq; arrived++)
        latencies.push(now - sentAt[arrived]!);
      lastSeen = seq;
    });
  }
  await server.loop(true);
  await server.persistence(true);

  const intervalMs = 1_000 / options.ratePerSecond;
  const edits = Math.round(options.windowMs / intervalMs);
  const start = performance.now();
  for (let seq = 0; seq < edits; seq++) {
    const wait = start + seq * intervalMs - performance.now();
    if (wait > 0) await sleep(wait);
    sentAt[seq] = performance.now();
    writer!.records.set("shape:probe", { ...noteRecord(seq, { seq }), id: "shape:probe" });
  }
  // Long enough for a flush debounced until 2 s after the last edit (Hocuspocus).
  await sleep(DRAIN_MS);
  const loop = await server.loop(false);
  const writes = (await server.persistence(false)).map((event) => ({
    ...event,
    ms: event.endedAt - event.startedAt,
  }));
  clients.forEach(closeClient);

  const overlapsWrite = (stall: { endedAt: number; ms: number }) =>
    writes.some(
      (write) =>
        stall.endedAt - stall.ms <= write.endedAt + MATCH_SLACK_MS &&
        stall.endedAt >= write.startedAt - MATCH_SLACK_MS,
    );
  const during = loop.stalls.filter(overlapsWrite).map((stall) => stall.ms);
  const outside = loop.stalls.filter((stall) => !overlapsWrite(stall)).map((stall) => stall.ms);
  return {
    edits,
    windowMs: options.windowMs,
    writes,
    maxStallMs: loop.maxStallMs,
    maxStallDuringWriteMs: writes.length === 0 ? null : Math.max(0, ...during),
    maxStallOutsideWriteMs: Math.max(0, ...outside),
    maxLoopDelayMs: loop.maxDelayMs,
    fanOut: summarizeLatencies(latencies),
  };
}
