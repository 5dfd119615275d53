/**
 * Presence belongs to the person who announced it (server/realtime/awareness-ownership.ts): their
 * reconnect takes it over, so the old connection's late close does not wipe it; someone else
 * setting it is closed with 4403.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import type WebSocket from "ws";
import { CloseCode } from "@/lib/shared/realtime/close-codes";
import { MessageType } from "@/lib/shared/realtime/protocol";
import {
  RealtimeHarness,
  closeCodeOf,
  opened,
  waitUntil,
  type TestClient,
} from "@/tests/helpers/realtime-harness";

const CLIENT_ID = 777_001;

function presence(clock: number, name: string): Uint8Array {
  return encoding.encode((encoder) => {
    encoding.writeVarUint(encoder, MessageType.awareness);
    encoding.writeVarUint8Array(
      encoder,
      encoding.encode((update) => {
        encoding.writeVarUint(update, 1);
        encoding.writeVarUint(update, CLIENT_ID);
        encoding.writeVarUint(update, clock);
        encoding.writeVarString(update, JSON.stringify({ user: { name } }));
      }),
    );
  });
}

describe("awareness ownership", () => {
  let harness: RealtimeHarness;
  let roomId: string;
  let watcher: TestClient;
  const nameSeen = () =>
    (
      watcher.provider.awareness.getStates().get(CLIENT_ID) as
        { user?: { name?: string } } | undefined
    )?.user?.name;

  beforeAll(async () => {
    harness = await RealtimeHarness.start();
    roomId = await harness.createRoom();
    watcher = await harness.connect(roomId);
  });
  afterAll(async () => {
    await harness.close();
  });

  async function socketOf(sub: string): Promise<WebSocket> {
    const socket = harness.rawSocket(roomId, await harness.token(roomId, { sub }));
    socket.on("error", () => {});
    await opened(socket);
    return socket;
  }

  it("lets the same person's new connection take over, and refuses anyone else", async () => {
    const old = await socketOf("pupil-anna");
    old.send(presence(1, "Anna (old tab)"));
    await waitUntil(() => nameSeen() === "Anna (old tab)");

    const reconnected = await socketOf("pupil-anna");
    reconnected.send(presence(2, "Anna"));
    await waitUntil(() => nameSeen() === "Anna");
    // The old connection goes away late (as after a network drop): Anna's presence stays.
    const oldClosed = closeCodeOf(old);
    old.close();
    await oldClosed;
    await waitUntil(() => harness.server.stats().connections === 2);
    expect(nameSeen()).toBe("Anna");

    const intruder = await socketOf("pupil-bram");
    const refused = closeCodeOf(intruder);
    intruder.send(presence(3, "Not Anna"));
    expect(await refused).toBe(CloseCode.forbidden);
    expect(nameSeen()).toBe("Anna");
    expect(reconnected.readyState).toBe(reconnected.OPEN);
  });
});
