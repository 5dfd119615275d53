/** The document survives restarts, is loaded before the first sync, and unloads without loss. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RoomDocumentStore } from "@/lib/server/documents/room-document-store";
import { RealtimeHarness, loadStoredDoc, waitUntil } from "@/tests/helpers/realtime-harness";

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The real store, with `load` and `compact` slowed down to widen the races under test. */
function slowStore(store: RoomDocumentStore, timing: { loadMs: number; compactMs: number }) {
  const events = { compactStarted: 0, loads: 0 };
  const wrapped: RoomDocumentStore = {
    roomExists: (roomId) => store.roomExists(roomId),
    appendUpdates: (roomId, updates) => store.appendUpdates(roomId, updates),
    flushActivity: () => store.flushActivity(),
    saveVersion: (...args) => store.saveVersion(...args),
    async load(roomId) {
      events.loads++;
      const stored = await store.load(roomId);
      await delay(timing.loadMs);
      return stored;
    },
    async compact(roomId, upToSeq) {
      events.compactStarted++;
      await delay(timing.compactMs);
      return store.compact(roomId, upToSeq);
    },
  };
  return { wrapped, events };
}

describe("realtime persistence", () => {
  let harness: RealtimeHarness;
  const timing = { loadMs: 0, compactMs: 0 };
  let events: { compactStarted: number; loads: number };
  beforeAll(async () => {
    harness = await RealtimeHarness.start({ unloadDelayMs: 100 }, (store) => {
      const slow = slowStore(store, timing);
      events = slow.events;
      return slow.wrapped;
    });
  });
  afterAll(async () => {
    await harness.close();
  });

  it("keeps the document across a server stop and start", async () => {
    const roomId = await harness.createRoom();
    const writer = await harness.connect(roomId);
    for (let index = 0; index < 20; index++) writer.doc.getArray<number>("numbers").push([index]);
    const reader = await harness.connect(roomId);
    await waitUntil(() => reader.doc.getArray("numbers").length === 20);

    await harness.restart({ unloadDelayMs: 100 });
    expect(harness.server.stats()).toEqual({ rooms: 0, connections: 0 });
    const fresh = await harness.connect(roomId);
    expect(fresh.doc.getArray("numbers").toJSON()).toEqual([...Array(20).keys()]);
    // The old providers reconnect to the new server on their own and keep working.
    await waitUntil(() => writer.provider.synced && reader.provider.synced, 10_000, "reconnect");
    writer.doc.getArray<number>("numbers").push([20]);
    await waitUntil(() => fresh.doc.getArray("numbers").length === 21);
    harness.disconnect(writer);
    harness.disconnect(reader);
    harness.disconnect(fresh);
  });

  it("loads the stored document before answering the first sync", async () => {
    const roomId = await harness.createRoom();
    const writer = await harness.connect(roomId);
    writer.doc.getMap("board").set("note", "hello");
    const second = await harness.connect(roomId);
    await waitUntil(() => second.doc.getMap("board").get("note") === "hello");
    harness.disconnect(writer);
    harness.disconnect(second);
    await waitUntil(() => harness.server.stats().rooms === 0, 5_000, "room unload");

    timing.loadMs = 300;
    try {
      const loadsBefore = events.loads;
      const client = await harness.connect(roomId, { waitForSync: false });
      const atFirstSync = await new Promise<unknown>((resolve) =>
        client.provider.once("sync", () => resolve(client.doc.getMap("board").toJSON())),
      );
      expect(atFirstSync).toEqual({ note: "hello" });
      expect(events.loads).toBe(loadsBefore + 1);
      harness.disconnect(client);
    } finally {
      timing.loadMs = 0;
    }
  });

  it("gives a client that reconnects while the room unloads the latest state", async () => {
    const roomId = await harness.createRoom();
    const writer = await harness.connect(roomId);
    const watcher = await harness.connect(roomId);
    for (let index = 0; index < 30; index++) writer.doc.getMap("board").set(`k${index}`, index);
    await waitUntil(() => watcher.doc.getMap("board").size === 30);

    timing.compactMs = 400;
    try {
      const compactionsBefore = events.compactStarted;
      harness.disconnect(writer);
      harness.disconnect(watcher);
      // Wait until the unload is in its final compaction, then reconnect.
      await waitUntil(() => events.compactStarted > compactionsBefore, 5_000, "unload compaction");
      const returning = await harness.connect(roomId);
      expect(returning.doc.getMap("board").size).toBe(30);
      returning.doc.getMap("board").set("afterUnload", true);
      const other = await harness.connect(roomId);
      await waitUntil(() => other.doc.getMap("board").get("afterUnload") === true);
      harness.disconnect(returning);
      harness.disconnect(other);
    } finally {
      timing.compactMs = 0;
    }
    await waitUntil(() => harness.server.stats().rooms === 0, 5_000, "room unload");
    const stored = await loadStoredDoc(harness.store, roomId);
    expect(stored.getMap("board").size).toBe(31);
  });

  it("keeps the room when a client comes back before the unload delay", async () => {
    const roomId = await harness.createRoom();
    const first = await harness.connect(roomId);
    first.doc.getMap("board").set("x", 1);
    const loadsBefore = events.loads;
    const second = await harness.connect(roomId);
    await waitUntil(() => second.doc.getMap("board").get("x") === 1);
    harness.disconnect(first);
    harness.disconnect(second);
    await waitUntil(() => harness.server.stats().connections === 0);
    const back = await harness.connect(roomId);
    expect(back.doc.getMap("board").get("x")).toBe(1);
    expect(events.loads).toBe(loadsBefore);
    harness.disconnect(back);
  });
});
