/**
 * Malformed frames close only the sender's connection (4400; 1009 for oversized frames, sent by
 * ws), other clients carry on, and the stored document is unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { CloseCode } from "@/lib/shared/realtime/close-codes";
import {
  MAX_AWARENESS_BYTES,
  MAX_MESSAGE_BYTES,
  MessageType,
} from "@/lib/shared/realtime/protocol";
import {
  RealtimeHarness,
  closeCodeOf,
  loadStoredDoc,
  opened,
  waitUntil,
  type TestClient,
} from "@/tests/helpers/realtime-harness";

/** Deterministic pseudo-random bytes (xorshift), so a failure can be replayed. */
function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function syncUpdateFrame(update: Uint8Array): Uint8Array {
  return frame((encoder) => {
    encoding.writeVarUint(encoder, MessageType.sync);
    encoding.writeVarUint(encoder, 2); // y-protocols messageYjsUpdate
    encoding.writeVarUint8Array(encoder, update);
  });
}

function awarenessFrame(clientId: number, json: string): Uint8Array {
  const update = frame((encoder) => {
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarString(encoder, json);
  });
  return frame((encoder) => {
    encoding.writeVarUint(encoder, MessageType.awareness);
    encoding.writeVarUint8Array(encoder, update);
  });
}

/** A real, storable update followed by one extra byte: nothing of it may be stored. */
function validUpdateWithTrailingByte(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap("shared").set("sneaky", true);
  const valid = syncUpdateFrame(Y.encodeStateAsUpdate(doc));
  return Uint8Array.of(...valid, 0);
}

const MALFORMED_FRAMES: Record<string, Uint8Array | string> = {
  "random bytes": pseudoRandomBytes(512, 0x2545f491),
  "random sync payload": syncUpdateFrame(pseudoRandomBytes(300, 0x1badb002)),
  "unknown message type": Uint8Array.of(7, 0, 0),
  "unknown sync message type": Uint8Array.of(MessageType.sync, 9, 0),
  "truncated varint": Uint8Array.of(MessageType.sync, 0x85),
  "truncated payload": Uint8Array.of(MessageType.sync, 2, 16, 1, 2),
  "update that fails to decode": syncUpdateFrame(Uint8Array.of(1, 1, 5, 0, 0x1f, 0xff, 0xff)),
  "trailing bytes": Uint8Array.of(MessageType.sync, 0, 1, 0, 42),
  "valid update with trailing bytes": validUpdateWithTrailingByte(),
  "auth message": Uint8Array.of(MessageType.auth, 0),
  "awareness that fails to decode": Uint8Array.of(MessageType.awareness, 3, 1, 5),
  "awareness with invalid JSON": awarenessFrame(1234, "{not json"),
  "awareness state over the limit": awarenessFrame(
    1234,
    JSON.stringify({ user: { name: "x".repeat(MAX_AWARENESS_BYTES) } }),
  ),
  "text frame": "hello",
};

describe("malformed messages", () => {
  let harness: RealtimeHarness;
  let roomId: string;
  let bystander: TestClient;
  let watcher: TestClient;
  beforeAll(async () => {
    harness = await RealtimeHarness.start();
    roomId = await harness.createRoom();
    bystander = await harness.connect(roomId);
    watcher = await harness.connect(roomId);
    bystander.doc.getMap("shared").set("before", "value");
    await waitUntil(() => watcher.doc.getMap("shared").get("before") === "value");
  });
  afterAll(async () => {
    await harness.close();
  });

  async function sendAndGetCloseCode(payload: Uint8Array | string): Promise<number> {
    const socket = harness.rawSocket(roomId, await harness.token(roomId));
    socket.on("error", () => {});
    const closed = closeCodeOf(socket);
    await opened(socket);
    socket.send(payload, { binary: typeof payload !== "string" });
    return closed;
  }

  for (const [name, payload] of Object.entries(MALFORMED_FRAMES)) {
    it(`closes only the sender on ${name} (4400)`, async () => {
      const storedBefore = Y.encodeStateAsUpdate(await loadStoredDoc(harness.store, roomId));
      expect(await sendAndGetCloseCode(payload)).toBe(CloseCode.malformedMessage);
      expect(bystander.provider.wsconnected).toBe(true);
      const storedAfter = Y.encodeStateAsUpdate(await loadStoredDoc(harness.store, roomId));
      expect(storedAfter).toEqual(storedBefore);
    });
  }

  it("closes an oversized frame with 1009", async () => {
    const payload = syncUpdateFrame(new Uint8Array(MAX_MESSAGE_BYTES + 10));
    expect(await sendAndGetCloseCode(payload)).toBe(CloseCode.messageTooBig);
  });

  it("other clients carried on and the document holds only real writes", async () => {
    expect(bystander.provider.wsconnected).toBe(true);
    expect(watcher.provider.wsconnected).toBe(true);
    bystander.doc.getMap("shared").set("after", "value");
    await waitUntil(() => watcher.doc.getMap("shared").get("after") === "value");
    const stored = await loadStoredDoc(harness.store, roomId);
    expect(stored.getMap("shared").toJSON()).toEqual({ before: "value", after: "value" });
    expect([...stored.share.keys()].sort()).toEqual(["room", "shared", "tldraw"]);
    expect(watcher.doc.getMap("shared").toJSON()).toEqual({ before: "value", after: "value" });
    expect(harness.server.stats().connections).toBe(2);
  });
});
