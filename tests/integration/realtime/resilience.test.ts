/** Store failures close only the affected connections; dead sockets are found by keepalive. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type WebSocket from "ws";
import type { RoomDocumentStore } from "@/lib/server/documents/room-document-store";
import { CloseCode } from "@/lib/shared/realtime/close-codes";
import {
  RealtimeHarness,
  closeCodeOf,
  loadStoredDoc,
  opened,
  waitUntil,
} from "@/tests/helpers/realtime-harness";

describe("resilience", () => {
  let harness: RealtimeHarness;
  const failures = { append: false, load: false };
  beforeAll(async () => {
    harness = await RealtimeHarness.start(
      { pingIntervalMs: 200, unloadDelayMs: 50 },
      (store): RoomDocumentStore => ({
        roomExists: (roomId) => store.roomExists(roomId),
        compact: (...args) => store.compact(...args),
        saveVersion: (...args) => store.saveVersion(...args),
        flushActivity: () => store.flushActivity(),
        async load(roomId) {
          if (failures.load) throw new Error("simulated load failure");
          return store.load(roomId);
        },
        async appendUpdates(roomId, updates) {
          if (failures.append) throw new Error("simulated append failure");
          return store.appendUpdates(roomId, updates);
        },
      }),
    );
  });
  afterAll(async () => {
    await harness.close();
  });

  it("closes the writer with 1011 when its update cannot be stored; its client re-sends later", async () => {
    const roomId = await harness.createRoom();
    const writer = await harness.connect(roomId);
    const reader = await harness.connect(roomId);
    const closes: number[] = [];
    writer.provider.on("connection-close", (event) => closes.push(event?.code ?? 0));
    failures.append = true;
    writer.doc.getMap("board").set("k", "v");
    await waitUntil(() => closes.length > 0, 5_000, "writer closed");
    expect(closes[0]).toBe(CloseCode.internalError);
    expect(reader.provider.wsconnected).toBe(true);
    expect(reader.doc.getMap("board").has("k")).toBe(false);
    failures.append = false;
    // y-websocket reconnects after 1011 and its sync step 2 carries the unsaved write.
    await waitUntil(
      () => reader.doc.getMap("board").get("k") === "v",
      10_000,
      "write after reconnect",
    );
    expect((await loadStoredDoc(harness.store, roomId)).getMap("board").get("k")).toBe("v");
  });

  it("closes connections with 4503 when the room cannot be loaded, and recovers", async () => {
    const roomId = await harness.createRoom();
    failures.load = true;
    const socket = harness.rawSocket(roomId, await harness.token(roomId));
    const closed = closeCodeOf(socket);
    await opened(socket);
    expect(await closed).toBe(CloseCode.roomUnavailable);
    failures.load = false;
    const client = await harness.connect(roomId);
    expect(client.doc.getMap("room").get("activeStage")).toBe("empathize");
  });

  it("terminates a socket that stops answering pings", async () => {
    const roomId = await harness.createRoom();
    const socket = harness.rawSocket(roomId, await harness.token(roomId));
    const closed = closeCodeOf(socket);
    await opened(socket);
    const before = harness.server.stats().connections;
    // Stop reading: pings are never seen, so no pong goes back.
    (socket as WebSocket & { _socket: { pause(): void } })._socket.pause();
    await waitUntil(
      () => harness.server.stats().connections === before - 1,
      5_000,
      "dead socket dropped",
    );
    socket.terminate();
    await closed;
  });
});
