/**
 * Durability before fan-out: a client sees another's update only after it is committed, so a
 * SIGKILL of the server loses nothing any client has seen.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import { mintRoomToken } from "@/lib/server/auth/room-token";
import type { RoomDocumentStore } from "@/lib/server/documents/room-document-store";
import { startRealtimeChild, type RealtimeChild } from "@/tests/helpers/realtime-child";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import {
  RealtimeHarness,
  TEST_AUTH_SECRET,
  loadStoredDoc,
  waitForSync,
  waitUntil,
} from "@/tests/helpers/realtime-harness";

describe("durability before fan-out", () => {
  let harness: RealtimeHarness;
  /** Replays every committed batch, in commit order: what a crash right now would keep. */
  const committed = new Y.Doc();
  let batches = 0;
  beforeAll(async () => {
    harness = await RealtimeHarness.start({}, (store): RoomDocumentStore => ({
      ...store,
      roomExists: (roomId) => store.roomExists(roomId),
      load: (roomId) => store.load(roomId),
      compact: (...args) => store.compact(...args),
      saveVersion: (...args) => store.saveVersion(...args),
      async appendUpdates(roomId, updates) {
        // Slow commits make a fan-out before commit visible.
        await new Promise((resolve) => setTimeout(resolve, 30));
        const seq = await store.appendUpdates(roomId, updates);
        batches++;
        for (const update of updates) Y.applyUpdate(committed, update);
        return seq;
      },
    }));
  });
  afterAll(async () => {
    await harness.close();
  });

  it("never shows a client an update that is not yet committed, and batches writes", async () => {
    const roomId = await harness.createRoom();
    const writer = await harness.connect(roomId);
    const reader = await harness.connect(roomId);
    const violations: string[] = [];
    reader.doc.getMap<number>("board").observe((event) => {
      for (const key of event.keysChanged) {
        if (!committed.getMap("board").has(key)) violations.push(key);
      }
    });
    const writes = 200;
    for (let index = 0; index < writes; index++) {
      writer.doc.getMap<number>("board").set(`k${index}`, index);
      if (index % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await waitUntil(
      () => reader.doc.getMap("board").size === writes,
      15_000,
      "all writes at reader",
    );
    expect(violations).toEqual([]);
    // Group commit: 200 single-key updates against 30 ms commits need far fewer than 200 batches.
    expect(batches).toBeLessThan(writes / 4);
  });
});

describe("SIGKILL", () => {
  let database: TestDatabase;
  let child: RealtimeChild | null = null;
  const providers: WebsocketProvider[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    for (const provider of providers) provider.destroy();
    await child?.kill();
    await database.drop();
  });

  it("loses nothing any other client has seen", async () => {
    child = await startRealtimeChild({ DATABASE_URL: database.url });
    const port = child.port;
    const roomId = await database.createRoom();
    const connect = async (doc = new Y.Doc()) => {
      const token = await mintRoomToken(
        {
          room: roomId,
          sub: `user-${providers.length}`,
          name: "Tester",
          role: "editor",
          facilitator: false,
        },
        TEST_AUTH_SECRET,
      );
      const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/yjs`, roomId, doc, {
        params: { token },
        disableBc: true,
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        connect: true,
      });
      providers.push(provider);
      await waitForSync(provider);
      return { doc, provider };
    };
    const writer = await connect();
    const reader = await connect();
    // Writes keep coming while the server is killed, so some are in flight at that moment.
    let written = 0;
    const writing = setInterval(() => {
      for (let burst = 0; burst < 5; burst++) writer.doc.getArray<number>("log").push([written++]);
    }, 2);
    await waitUntil(() => reader.doc.getArray("log").length >= 200, 10_000, "reader progress");
    const seen = reader.doc.getArray<number>("log").toArray();
    await child.kill();
    child = null;
    clearInterval(writing);

    const stored = await loadStoredDoc(database.store, roomId);
    const storedLog = stored.getArray<number>("log").toArray();
    console.log(
      `[SIGKILL] written ${written}, seen by the other client ${seen.length}, stored ${storedLog.length}`,
    );
    expect(storedLog.slice(0, seen.length)).toEqual(seen);
  });
});
