/**
 * Compaction with two instances writing one room: snapshots are built from the store, one
 * instance at a time holds the room's compaction lock (a PostgreSQL advisory lock), and no
 * update is lost.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  COMPACTION_LOCK_CLASS,
  createPrismaDocumentStore,
} from "@/lib/server/documents/prisma-document-store";
import { gatedSnapshotBuilder } from "@/tests/helpers/gated-snapshot-builder";
import { Cluster } from "@/tests/helpers/multi-instance";
import { loadStoredDoc, waitUntil, waitUntilAsync } from "@/tests/helpers/realtime-harness";

describe("compaction with two instances", () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await Cluster.start(2, { COMPACT_AFTER_UPDATES: "10" });
  });
  afterAll(async () => {
    await cluster?.close();
  });

  it("loses no update while both instances compact the room they write", async () => {
    const roomId = await cluster.database.createRoom();
    const [portA, portB] = cluster.instances.map((instance) => instance.port) as [number, number];
    const writers = [
      { name: "a1", ...(await cluster.connect(portA, roomId)) },
      { name: "b1", ...(await cluster.connect(portB, roomId)) },
      { name: "a2", ...(await cluster.connect(portA, roomId)) },
      { name: "b2", ...(await cluster.connect(portB, roomId)) },
    ];
    const tags = (writer: (typeof writers)[number]) => writer.doc.getMap<boolean>("tags");
    const rounds = 150;
    for (let round = 0; round < rounds; round++) {
      for (const writer of writers) tags(writer).set(`${writer.name}:${round}`, true);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const total = writers.length * rounds;
    await waitUntil(
      () => writers.every((writer) => tags(writer).size === total),
      20_000,
      "every writer has every update",
    );
    const prisma = cluster.database.prisma;
    // Compaction ran meanwhile (every 10 stored updates on each instance).
    expect((await prisma.docSnapshot.findUnique({ where: { roomId } }))!.upToSeq).toBeGreaterThan(0);
    expect((await loadStoredDoc(cluster.database.store, roomId)).getMap("tags").size).toBe(total);

    // Everyone leaves: both instances unload the room, each trying a final compaction.
    for (const writer of writers) cluster.disconnect(writer);
    await waitUntilAsync(
      async () => (await prisma.docUpdate.count({ where: { roomId } })) === 0,
      20_000,
      "the log folded into the snapshot",
    );
    const stored = await loadStoredDoc(cluster.database.store, roomId);
    expect(stored.getMap("tags").toJSON()).toEqual(tags(writers[0]!).toJSON());
  });

  it("skips a compaction while another instance holds the room's lock", async () => {
    const roomId = await cluster.database.createRoom();
    const source = new Y.Doc();
    source.getMap("tags").set("one", true);
    await cluster.database.store.appendUpdates(roomId, [Y.encodeStateAsUpdate(source)]);

    // Another instance in the middle of compacting this room.
    const other = new pg.Client({ connectionString: cluster.database.url });
    await other.connect();
    try {
      await other.query("BEGIN");
      const { rows } = await other.query<{ locked: boolean }>(
        "SELECT pg_try_advisory_xact_lock($1::int4, hashtext($2)) AS locked",
        [COMPACTION_LOCK_CLASS, roomId],
      );
      expect(rows[0]!.locked).toBe(true);
      expect(await cluster.database.store.compact(roomId)).toMatchObject({ compacted: false });
      expect(await cluster.database.prisma.docUpdate.count({ where: { roomId } })).toBe(1);
      await other.query("COMMIT");
    } finally {
      await other.end();
    }
    expect(await cluster.database.store.compact(roomId)).toMatchObject({
      compacted: true,
      updates: 1,
    });
    const stored = await loadStoredDoc(cluster.database.store, roomId);
    expect(stored.getMap("tags").get("one")).toBe(true);
  });

  it("keeps what both instances store while a compaction builds its snapshot in the worker", async () => {
    const roomId = await cluster.database.createRoom();
    const [portA, portB] = cluster.instances.map((instance) => instance.port) as [number, number];
    const onA = await cluster.connect(portA, roomId);
    const onB = await cluster.connect(portB, roomId);
    const tags = (client: { doc: Y.Doc }) => client.doc.getMap<boolean>("tags");
    tags(onA).set("before", true);
    await waitUntil(() => tags(onB).get("before") === true, 20_000, "B sees A's edit");

    // A compaction (this process, the real worker) holds the room's lock and waits to build.
    const { prisma, provider } = cluster.database;
    const gated = gatedSnapshotBuilder();
    const store = createPrismaDocumentStore(prisma, provider, { buildSnapshot: gated.build });
    const compaction = store.compact(roomId);
    await gated.reached;
    for (let round = 0; round < 20; round++) {
      tags(onA).set(`a:${round}`, true);
      tags(onB).set(`b:${round}`, true);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await waitUntil(
      () => tags(onA).size === 41 && tags(onB).size === 41,
      20_000,
      "both clients have every edit",
    );
    gated.open();
    expect(await compaction).toMatchObject({ compacted: true, builtOffThread: true });

    const stored = await loadStoredDoc(cluster.database.store, roomId);
    expect(stored.getMap("tags").toJSON()).toEqual(tags(onA).toJSON());
    cluster.disconnect(onA);
    cluster.disconnect(onB);
  });
});
