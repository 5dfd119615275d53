/** Compaction folds the update log into a snapshot without changing the document; versions. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { YKeyValue } from "y-utility/y-keyvalue";
import { getRecordsArray } from "@/lib/shared/realtime/doc-layout";
import { compactRoom } from "@/server/realtime/compaction";
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
    for (let index = 0; index < 60; index++) {
      records.set(`shape:${index}`, { id: `shape:${index}`, x: index });
      if (index % 3 === 0) records.delete(`shape:${index}`);
      await delay(2); // separate commits, so the stored update count grows steadily
    }
    const prisma = harness.database.prisma;
    await waitUntilAsync(async () => (await prisma.docSnapshot.count({ where: { roomId } })) === 1);
    await waitUntilAsync(async () => (await prisma.docUpdate.count({ where: { roomId } })) < 20);

    const stored = await loadStoredDoc(harness.store, roomId);
    expect(getRecordsArray(stored).toJSON()).toEqual(getRecordsArray(writer.doc).toJSON());
    expect(new YKeyValue(getRecordsArray(stored)).map.size).toBe(initialRecords + 40);

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

  it("measures the snapshot build stall for a 10k-record document", async () => {
    const doc = new Y.Doc();
    const records = new YKeyValue(getRecordsArray(doc));
    doc.transact(() => {
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
    const update = Y.encodeStateAsUpdate(doc);
    const runs: number[] = [];
    let bytes = 0;
    let lastRoomId = "";
    for (let run = 0; run < 5; run++) {
      // The snapshot is built from the store: the room's template snapshot + the 10k update.
      lastRoomId = await harness.createRoom();
      await harness.store.appendUpdates(lastRoomId, [update]);
      const result = await compactRoom(harness.store, lastRoomId);
      expect(result.compacted).toBe(true);
      runs.push(result.buildMs);
      bytes = result.bytes;
    }
    runs.sort((a, b) => a - b);
    console.log(
      `[compaction stall] 10k records, snapshot ${(bytes / 1024).toFixed(0)} KiB: build median ` +
        `${runs[2]!.toFixed(1)} ms, max ${runs[4]!.toFixed(1)} ms (5 runs)`,
    );
    expect(runs[2]!).toBeLessThan(1_000);
    const stored = await loadStoredDoc(harness.store, lastRoomId);
    expect(new YKeyValue(getRecordsArray(stored)).map.size).toBeGreaterThanOrEqual(10_000);
  });
});
