/**
 * The room maximum over two instances (ROOM_MAX_CONNECTIONS=3, counted in Redis,
 * server/realtime/limits/redis-room-slots.ts): connections on both instances count together,
 * a facilitator still gets in, a slot freed on one instance can be taken on the other, and a
 * killed instance's slots stop counting once they expire (ROOM_SLOT_EXPIRY_MS, short here).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CloseCode } from "@/lib/shared/realtime/close-codes";
import { admission, Cluster } from "@/tests/helpers/multi-instance";
import { waitUntilAsync } from "@/tests/helpers/realtime-harness";

const SLOT_EXPIRY_MS = 6_000;

describe("connections per room over two instances", () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await Cluster.start(2, {
      ROOM_MAX_CONNECTIONS: "3",
      ROOM_SLOT_EXPIRY_MS: String(SLOT_EXPIRY_MS),
    });
  });
  afterAll(async () => {
    await cluster?.close();
  });

  /** Opens a raw socket to `port` and resolves with "admitted" or its close code. */
  async function tryJoin(port: number, roomId: string) {
    const socket = cluster.rawSocket(port, roomId, await cluster.token(roomId));
    const outcome = await admission(socket);
    socket.close();
    return outcome;
  }

  it("refuses the 4th connection on the other instance with 4409, lets a facilitator in, frees slots across instances and after kill -9", async () => {
    const [a, b] = cluster.instances as [
      (typeof cluster.instances)[0],
      (typeof cluster.instances)[0],
    ];
    const roomId = await cluster.database.createRoom();
    const first = await cluster.connect(a.port, roomId);
    await cluster.connect(b.port, roomId);
    const third = await cluster.connect(a.port, roomId);

    expect(await tryJoin(b.port, roomId)).toBe(CloseCode.roomFull);

    const trainer = await cluster.connect(b.port, roomId, { facilitator: true });
    expect(trainer.provider.wsconnected).toBe(true);

    // The trainer leaves, and a slot is freed on A: a client on B gets in (it retries on 4409
    // as a browser does), and the room is full again with exactly three.
    cluster.disconnect(trainer);
    cluster.disconnect(first);
    const onB = await cluster.connect(b.port, roomId);
    expect(await tryJoin(a.port, roomId)).toBe(CloseCode.roomFull);

    // kill -9 of A: its connection (third) cannot give its slot back; it expires.
    await a.kill();
    cluster.disconnect(third);
    const killedAt = Date.now();
    await waitUntilAsync(
      async () => (await tryJoin(b.port, roomId)) === "admitted",
      SLOT_EXPIRY_MS + 30_000,
      "the killed instance's slot expires",
    );
    console.log(
      `[room slots] a killed instance's slot freed after ${Date.now() - killedAt} ms ` +
        `(expiry ${SLOT_EXPIRY_MS} ms)`,
    );
    expect(onB.provider.wsconnected).toBe(true);
  });
});
