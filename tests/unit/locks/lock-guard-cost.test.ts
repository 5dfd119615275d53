/**
 * The lock guard on a 10k-record board: it answers from an index (server/realtime/lock-index.ts)
 * instead of scanning, so an update costs microseconds however big the board. Logs the figures.
 */
import { describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { getRecordsArray } from "@/lib/shared/realtime/doc-layout";
import { assertNoLockedRecordWrites } from "@/server/realtime/lock-guard";
import { lockIndexFor } from "@/server/realtime/lock-index";
import { ConnectionRefusal } from "@/server/realtime/errors";

type Shape = { id: string; typeName: "shape"; x: number; y: number; meta: Record<string, unknown> };
const RECORDS = 10_000;
const LOCKED_EVERY = 10;
const UPDATES = 500;

function recordsOf(doc: Y.Doc): YKeyValue<Shape> {
  return new YKeyValue(getRecordsArray(doc) as Y.Array<{ key: string; val: Shape }>);
}

function shape(position: number): Shape {
  const meta = position % LOCKED_EVERY === 0 ? { template: true } : {};
  return { id: `shape:${position}`, typeName: "shape", x: position, y: 0, meta };
}

/** The update `change` makes to `doc`, decoded as the server sees it. */
function captureUpdate(doc: Y.Doc, change: () => void): ReturnType<typeof Y.decodeUpdate> {
  let captured: Uint8Array | null = null;
  const listener = (update: Uint8Array) => (captured = update);
  doc.on("update", listener);
  change();
  doc.off("update", listener);
  if (!captured) throw new Error("no update");
  return Y.decodeUpdate(captured);
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

describe("lock guard cost", () => {
  it("checks updates on a 10k-record board in microseconds", () => {
    const serverDoc = new Y.Doc();
    const serverRecords = recordsOf(serverDoc);
    serverDoc.transact(() => {
      for (let position = 0; position < RECORDS; position++) {
        serverRecords.set(`shape:${position}`, shape(position));
      }
    });
    const clientDoc = new Y.Doc();
    Y.applyUpdate(clientDoc, Y.encodeStateAsUpdate(serverDoc));
    const clientRecords = recordsOf(clientDoc);

    const buildStarted = performance.now();
    const index = lockIndexFor(serverDoc);
    const buildMs = performance.now() - buildStarted;
    expect(index.lockedCount).toBe(RECORDS / LOCKED_EVERY);

    const timings: number[] = [];
    for (let round = 0; round < UPDATES; round++) {
      // Moves an unlocked shape (positions not divisible by LOCKED_EVERY), as a participant drag.
      const position = (round * 7919) % RECORDS || 1;
      const target = position % LOCKED_EVERY === 0 ? position + 1 : position;
      const decoded = captureUpdate(clientDoc, () =>
        clientRecords.set(`shape:${target}`, { ...shape(target), x: round }),
      );
      const started = performance.now();
      assertNoLockedRecordWrites(serverDoc, decoded, []);
      timings.push(performance.now() - started);
      Y.applyUpdate(serverDoc, Y.encodeStateAsUpdate(clientDoc, Y.encodeStateVector(serverDoc)));
    }

    const refusedDecoded = captureUpdate(clientDoc, () =>
      clientRecords.set("shape:20", { ...shape(20), x: -1 }),
    );
    const refusedStarted = performance.now();
    expect(() => assertNoLockedRecordWrites(serverDoc, refusedDecoded, [])).toThrow(ConnectionRefusal);
    const refusedMs = performance.now() - refusedStarted;

    timings.sort((a, b) => a - b);
    const median = percentile(timings, 0.5);
    const p99 = percentile(timings, 0.99);
    console.log(
      `[lock-guard] ${RECORDS} records (${index.lockedCount} locked): index build ${buildMs.toFixed(1)} ms; ` +
        `per allowed update median ${(median * 1000).toFixed(0)} µs, p99 ${(p99 * 1000).toFixed(0)} µs; ` +
        `refused overwrite ${(refusedMs * 1000).toFixed(0)} µs`,
    );
    // Generous bounds for a shared 2-core machine; a scan of 10k entries would blow them.
    expect(median).toBeLessThan(1);
    expect(index.isLocked("shape:20")).toBe(true);
  });
});
