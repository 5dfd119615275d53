/**
 * Compaction folds the update log into a snapshot (built in the worker thread) without changing
 * the document and without losing what is stored meanwhile; versions.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { YKeyValue } from "y-utility/y-keyvalue";
import { getRecordsArray } from "@/lib/shared/realtime/doc-layout";
import { buildSnapshotInThisThread } from "@/lib/server/documents/build-snapshot";
import { createPrismaDocumentStore } from "@/lib/server/documents/prisma-document-store";
import { buildSnapshotInWorker } from "@/lib/server/documents/snapshot-worker/snapshot-worker";
import { gatedSnapshotBuilder } from "@/tests/helpers/gated-snapshot-builder";
import {
  RealtimeHarness,
  loadStoredDoc,
  waitUntil,
  waitUntilAsync,
} from "@/tests/helpers/realtime-harness";

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("compaction and versions", () => {
  let harness: RealtimeHarness;
  beforeAll(async () => {
    harness = await RealtimeHarness.start({
      compactAfterUpdates: 20,
      versionIntervalMs: 200,
      unloadDelayMs: 50,
    });
  });
  afterAll(async () => {
    await harness.close();
  });

  it("compacts after N stored updates, and a load after compaction gives the same document", async () => {
    const roomId = await harness.createRoom();
    const writer = await harness.connect(roomId);
    const records = new YKeyValue(getRecordsArray(writer.doc));
    const initialRecords = records.map.size; // the template createRoom puts in
    const prisma = harness.database.prisma;
    const compacted = async () =>
      ((await prisma.docSnapshot.findUnique({ where: { roomId } }))?.upToSeq ?? 0) > 0;
    // At least 60 writes, and on until a compaction ran: on a busy machine group commit merges
    // more updates per stored row, so 60 writes may be fewer than 20 rows.
    let written = 0;
    while (written < 60 || (!(await compacted()) && written < 1_200)) {
      records.set(`shape:${written}`, { id: `shape:${written}`, x: written });
      if (written % 3 === 0) records.delete(`shape:${written}`);
      written++;
      await delay(2); // separate commits, so the stored update count grows steadily
    }
    // Every write stored (the last ones may still be in the write queue).
    await waitUntilAsync(
      async () =>
        JSON.stringify(getRecordsArray(await loadStoredDoc(harness.store, roomId)).toJSON()) ===
        JSON.stringify(getRecordsArray(writer.doc).toJSON()),
      20_000,
      "the stored document equals the writer's",
    );
    // ...and compacted along the way: the snapshot covers updates, and (once the compaction
    // running beside the writes is done) few rows are left.
    expect(await compacted()).toBe(true);
    await waitUntilAsync(
      async () => (await prisma.docUpdate.count({ where: { roomId } })) < 20,
      20_000,
      "the log folded down to fewer rows than the threshold",
    );

    const stored = await loadStoredDoc(harness.store, roomId);
    expect(getRecordsArray(stored).toJSON()).toEqual(getRecordsArray(writer.doc).toJSON());
    const kept = written - Math.ceil(written / 3);
    expect(new YKeyValue(getRecordsArray(stored)).map.size).toBe(initialRecords + kept);

    // A fresh server process loads snapshot + remaining updates and serves the same state.
    await harness.restart({ compactAfterUpdates: 20, versionIntervalMs: 200, unloadDelayMs: 50 });
    const reader = await harness.connect(roomId);
    expect(getRecordsArray(reader.doc).toJSON()).toEqual(getRecordsArray(writer.doc).toJSON());
    harness.disconnect(writer);
    harness.disconnect(reader);
    // Unloading compacts what is left.
    await waitUntil(() => harness.server.stats().rooms === 0);
    expect(await prisma.docUpdate.count({ where: { roomId } })).toBe(0);
  });

  it("saves interval versions while updates arrive", async () => {
    const roomId = await harness.createRoom();
    const writer = await harness.connect(roomId);
    for (let index = 0; index < 50; index++) {
      writer.doc.getMap("board").set(`k${index}`, index);
      await delay(10);
    }
    const prisma = harness.database.prisma;
    await waitUntilAsync(
      async () => (await prisma.docVersion.count({ where: { roomId, reason: "interval" } })) >= 1,
    );
    const count = await prisma.docVersion.count({ where: { roomId, reason: "interval" } });
    // ~500 ms of edits with a 200 ms interval: a few versions, not one per update.
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(4);
    harness.disconnect(writer);
    await waitUntil(() => harness.server.stats().rooms === 0);
    const versions = await prisma.docVersion.findMany({
      where: { roomId },
      orderBy: { createdAt: "desc" },
    });
    const last = new Y.Doc();
    Y.applyUpdate(last, new Uint8Array(versions[0]!.data));
    expect(last.getMap("board").size).toBe(50);
  });

  it("builds the snapshot in the worker thread: the same document, nothing stored meanwhile lost", async () => {
    const roomId = await harness.createRoom();
    const writer = await harness.connect(roomId);
    const records = new YKeyValue(getRecordsArray(writer.doc));
    writer.doc.transact(() => {
      for (let index = 0; index < 10_000; index++) {
        records.set(`shape:${index}`, {
          id: `shape:${index}`,
          typeName: "shape",
          type: "note",
          x: index % 100,
          y: Math.floor(index / 100),
          props: { text: `Note ${index}`, color: "yellow", size: "m" },
        });
      }
    });
    const storedEqualsWriter = async () =>
      JSON.stringify(getRecordsArray(await loadStoredDoc(harness.store, roomId)).toJSON()) ===
      JSON.stringify(getRecordsArray(writer.doc).toJSON());
    await waitUntilAsync(storedEqualsWriter, 20_000, "the 10k records stored");

    const { prisma, provider } = harness.database;
    const gated = gatedSnapshotBuilder();
    const store = createPrismaDocumentStore(prisma, provider, { buildSnapshot: gated.build });
    const compaction = store.compact(roomId);
    await gated.reached;
    // What the compaction read, built on this thread the way it was before the worker.
    const read = await store.load(roomId);
    const onThisThread = await buildSnapshotInThisThread(roomId, read.snapshot, read.updates);

    // Edits stored while the snapshot is being built.
    for (let index = 0; index < 5; index++) {
      records.set(`shape:during${index}`, { id: `shape:during${index}`, x: index });
      await delay(5);
    }
    await waitUntilAsync(storedEqualsWriter, 20_000, "the edits made meanwhile stored");
    gated.open();
    expect(await compaction).toMatchObject({ compacted: true, builtOffThread: true });

    const snapshot = await prisma.docSnapshot.findUnique({ where: { roomId } });
    expect(Buffer.from(snapshot!.data).equals(Buffer.from(onThisThread.snapshot))).toBe(true);
    // The rows stored meanwhile were not folded, so they are still in the log.
    expect(await prisma.docUpdate.count({ where: { roomId } })).toBeGreaterThan(0);
    const stored = await loadStoredDoc(harness.store, roomId);
    expect(getRecordsArray(stored).toJSON()).toEqual(getRecordsArray(writer.doc).toJSON());
    expect(new YKeyValue(getRecordsArray(stored)).map.has("shape:during4")).toBe(true);
    harness.disconnect(writer);
  });

  it("skips a stored row that fails to apply, in the worker as on this thread", async () => {
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on("update", (update: Uint8Array) => updates.push(update));
    source.getMap("tags").set("before", true);
    source.getMap("tags").set("after", true);
    const rows = [updates[0]!, new Uint8Array([0, 1, 255, 255, 255, 255]), updates[1]!];
    const inWorker = await buildSnapshotInWorker("room-with-a-bad-row", null, rows);
    const onThisThread = await buildSnapshotInThisThread("room-with-a-bad-row", null, rows);
    expect(Buffer.from(inWorker.snapshot).equals(Buffer.from(onThisThread.snapshot))).toBe(true);
    const built = new Y.Doc();
    Y.applyUpdate(built, inWorker.snapshot);
    expect(built.getMap("tags").toJSON()).toEqual({ before: true, after: true });
  });
});
