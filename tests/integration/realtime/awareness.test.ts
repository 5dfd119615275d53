/** Awareness (presence) is relayed between clients and removed when a client disconnects. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { MessageType } from "@/lib/shared/realtime/protocol";
import { RealtimeHarness, opened, waitUntil } from "@/tests/helpers/realtime-harness";

const presence = (name: string) => ({
  user: { id: name, name, color: "#336699" },
  stage: "ideate",
  presence: null,
});

describe("awareness", () => {
  let harness: RealtimeHarness;
  beforeAll(async () => {
    harness = await RealtimeHarness.start();
  });
  afterAll(async () => {
    await harness.close();
  });

  it("shows one client's state at another and removes it when it disconnects", async () => {
    const roomId = await harness.createRoom();
    const alice = await harness.connect(roomId);
    const bob = await harness.connect(roomId);
    alice.provider.awareness.setLocalState(presence("alice"));
    const aliceId = alice.doc.clientID;
    await waitUntil(() => bob.provider.awareness.getStates().has(aliceId), 5_000, "alice at bob");
    expect(bob.provider.awareness.getStates().get(aliceId)).toEqual(presence("alice"));

    // A client joining later gets the states already there.
    const carol = await harness.connect(roomId, { role: "viewer" });
    await waitUntil(
      () => carol.provider.awareness.getStates().has(aliceId),
      5_000,
      "alice at carol",
    );
    // Viewers may publish presence too.
    carol.provider.awareness.setLocalState(presence("carol"));
    await waitUntil(
      () => alice.provider.awareness.getStates().has(carol.doc.clientID),
      5_000,
      "carol at alice",
    );

    // Close alice's socket without a goodbye message: the server must remove her state itself.
    alice.provider.awareness.destroy = () => {};
    (alice.provider.ws as unknown as { terminate?: () => void } | null)?.terminate?.();
    alice.provider.shouldConnect = false;
    await waitUntil(
      () => !bob.provider.awareness.getStates().has(aliceId),
      5_000,
      "alice removed at bob",
    );
    await waitUntil(
      () => !carol.provider.awareness.getStates().has(aliceId),
      5_000,
      "alice removed at carol",
    );
    harness.disconnect(alice);
  });

  it("answers queryAwareness with the current states", async () => {
    const roomId = await harness.createRoom();
    const alice = await harness.connect(roomId);
    alice.provider.awareness.setLocalState(presence("alice"));
    const observer = await harness.connect(roomId);
    await waitUntil(() => observer.provider.awareness.getStates().has(alice.doc.clientID));
    const socket = harness.rawSocket(roomId, await harness.token(roomId));
    socket.binaryType = "arraybuffer";
    const states = new Promise<Map<number, unknown>>((resolve) => {
      socket.on("message", (data: ArrayBuffer) => {
        const decoder = decoding.createDecoder(new Uint8Array(data));
        if (decoding.readVarUint(decoder) !== MessageType.awareness) return;
        const mirror = new awarenessProtocol.Awareness(new Y.Doc());
        mirror.setLocalState(null);
        awarenessProtocol.applyAwarenessUpdate(mirror, decoding.readVarUint8Array(decoder), null);
        if (!queried) return; // only the answer to the query, not the greeting on connect
        resolve(mirror.getStates());
      });
    });
    let queried = false;
    await opened(socket);
    await new Promise((resolve) => setTimeout(resolve, 100));
    queried = true;
    const query = encoding.createEncoder();
    encoding.writeVarUint(query, MessageType.queryAwareness);
    socket.send(encoding.toUint8Array(query));
    expect((await states).get(alice.doc.clientID)).toEqual(presence("alice"));
    socket.close();
  });
});
