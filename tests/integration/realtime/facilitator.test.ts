/** Facilitator-only keys of the `room` map: only a facilitator's connection may write them. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import type { WebsocketProvider } from "y-websocket";
import { CloseCode } from "@/lib/shared/realtime/close-codes";
import { RoomKey, getRoomMap } from "@/lib/shared/realtime/doc-layout";
import { MessageType } from "@/lib/shared/realtime/protocol";
import {
  RealtimeHarness,
  closeCodeOf,
  loadStoredDoc,
  opened,
  waitUntil,
  waitUntilAsync,
} from "@/tests/helpers/realtime-harness";

function closedWith(provider: WebsocketProvider): Promise<number> {
  return new Promise((resolve) => provider.once("closed", (event) => resolve(event.code)));
}

describe("facilitator-only room keys", () => {
  let harness: RealtimeHarness;
  beforeAll(async () => {
    harness = await RealtimeHarness.start();
  });
  afterAll(async () => {
    await harness.close();
  });

  it("closes a non-facilitator that sets activeStage with 4403 and stores nothing", async () => {
    const roomId = await harness.createRoom();
    const participant = await harness.connect(roomId);
    expect(getRoomMap(participant.doc).get(RoomKey.activeStage)).toBe("empathize");
    const closed = closedWith(participant.provider);
    getRoomMap(participant.doc).set(RoomKey.activeStage, "ideate");
    expect(await closed).toBe(CloseCode.forbidden);
    const stored = await loadStoredDoc(harness.store, roomId);
    expect(getRoomMap(stored).get(RoomKey.activeStage)).toBe("empathize");
    expect(await harness.database.prisma.docUpdate.count({ where: { roomId } })).toBe(0);
  });

  it("refuses an update that names the room map as parent explicitly (a fresh key write)", async () => {
    const roomId = await harness.createRoom();
    // A doc that never saw the room's state writes the key with an explicit parent.
    const stranger = new Y.Doc();
    getRoomMap(stranger).set(RoomKey.activeStage, "test");
    const socket = harness.rawSocket(roomId, await harness.token(roomId));
    const closed = closeCodeOf(socket);
    await opened(socket);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.sync);
    syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(stranger));
    socket.send(encoding.toUint8Array(encoder));
    expect(await closed).toBe(CloseCode.forbidden);
    expect(await harness.database.prisma.docUpdate.count({ where: { roomId } })).toBe(0);
  });

  it("lets a facilitator set the stage, refuses a participant's overwrite and delete", async () => {
    const roomId = await harness.createRoom();
    const facilitator = await harness.connect(roomId, { facilitator: true });
    const participant = await harness.connect(roomId);
    getRoomMap(facilitator.doc).set(RoomKey.activeStage, "define");
    await waitUntil(() => getRoomMap(participant.doc).get(RoomKey.activeStage) === "define");

    // Overwriting an existing key encodes no parent (the new item's origin is the old value).
    const closed = closedWith(participant.provider);
    getRoomMap(participant.doc).set(RoomKey.activeStage, "test");
    expect(await closed).toBe(CloseCode.forbidden);

    const deleter = await harness.connect(roomId);
    const deleterClosed = closedWith(deleter.provider);
    getRoomMap(deleter.doc).delete(RoomKey.activeStage);
    expect(await deleterClosed).toBe(CloseCode.forbidden);

    const stored = await loadStoredDoc(harness.store, roomId);
    expect(getRoomMap(stored).get(RoomKey.activeStage)).toBe("define");
    expect(getRoomMap(facilitator.doc).get(RoomKey.activeStage)).toBe("define");
    expect(facilitator.provider.wsconnected).toBe(true);
  });

  it("lets a participant write other room keys and records stage versions", async () => {
    const roomId = await harness.createRoom();
    const facilitator = await harness.connect(roomId, { facilitator: true });
    const participant = await harness.connect(roomId);
    getRoomMap(participant.doc).set(RoomKey.layoutVersion, 1);
    getRoomMap(facilitator.doc).set(RoomKey.activeStage, "ideate");
    getRoomMap(facilitator.doc).set(RoomKey.activeStage, "prototype");
    await waitUntil(() => getRoomMap(participant.doc).get(RoomKey.activeStage) === "prototype");
    await waitUntil(() => getRoomMap(facilitator.doc).get(RoomKey.layoutVersion) === 1);
    expect(participant.provider.wsconnected).toBe(true);

    const stageVersions = () =>
      harness.database.prisma.docVersion.findMany({
        where: { roomId, reason: "stage" },
        orderBy: { createdAt: "asc" },
        select: { stageId: true },
      });
    await waitUntilAsync(async () => (await stageVersions()).length >= 2);
    expect((await stageVersions()).map((version) => version.stageId)).toEqual([
      "ideate",
      "prototype",
    ]);
  });
});
