/**
 * Fan-out latency across instances: two realtime instances (child processes) on a fresh
 * PostgreSQL database sharing rooms through the local Redis; a writer on instance A moves a note
 * (one small update carrying its send time) 20 times a second, and readers on A and on B record
 * receive time − send time (one process, one monotonic clock). A→B includes A's durable write,
 * Redis pub/sub and B's fan-out; A→A is the same write without the hop, for comparison.
 *
 *   npx tsx bench/cross-instance-latency.ts        (needs PostgreSQL 127.0.0.1:5432 and Redis)
 *
 * UPDATES (default 200) sets the number of measured updates. Not part of `npm run bench`.
 */
import { performance } from "node:perf_hooks";
import { YKeyValue } from "y-utility/y-keyvalue";
import { getRecordsArray } from "@/lib/shared/realtime/doc-layout";
import { Cluster, type ClusterClient } from "@/tests/helpers/multi-instance";
import { summarizeLatencies } from "./stats";

process.env.TEST_DATABASE = "postgres";
const UPDATES = Number(process.env.UPDATES ?? 200);
const WARMUP = 20;
const RATE_PER_SECOND = 20;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function recordLatencies(reader: ClusterClient, into: number[]): void {
  new YKeyValue(getRecordsArray(reader.doc)).on(
    "change",
    (changes: Map<string, { newValue?: unknown }>) => {
      const now = performance.now();
      for (const change of changes.values()) {
        const meta = (change.newValue as { meta?: { seq: number; sentAt: number } } | undefined)
          ?.meta;
        if (meta && meta.seq >= WARMUP) into.push(now - meta.sentAt);
      }
    },
  );
}

async function main(): Promise<void> {
  const cluster = await Cluster.start(2);
  try {
    const [portA, portB] = cluster.instances.map((instance) => instance.port) as [number, number];
    const roomId = await cluster.database.createRoom();
    const writer = await cluster.connect(portA, roomId);
    const sameInstance: number[] = [];
    const otherInstance: number[] = [];
    recordLatencies(await cluster.connect(portA, roomId), sameInstance);
    recordLatencies(await cluster.connect(portB, roomId), otherInstance);
    const records = new YKeyValue<unknown>(getRecordsArray(writer.doc));
    const total = WARMUP + UPDATES;
    const start = performance.now();
    for (let seq = 0; seq < total; seq++) {
      const wait = start + (seq * 1_000) / RATE_PER_SECOND - performance.now();
      if (wait > 0) await sleep(wait);
      records.set("shape:probe", {
        id: "shape:probe",
        typeName: "shape",
        type: "note",
        x: seq,
        y: 0,
        meta: { seq, sentAt: performance.now() },
      });
    }
    const drainUntil = performance.now() + 5_000;
    while (otherInstance.length < UPDATES && performance.now() < drainUntil) await sleep(20);
    const rows = [
      ["A → A (same instance)", summarizeLatencies(sameInstance)],
      ["A → B (through Redis)", summarizeLatencies(otherInstance)],
    ] as const;
    for (const [label, summary] of rows) {
      process.stdout.write(
        `${label}: n=${summary.count} p50 ${summary.p50.toFixed(2)} ms, ` +
          `p99 ${summary.p99.toFixed(2)} ms, max ${summary.max.toFixed(2)} ms\n`,
      );
    }
  } finally {
    await cluster.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
