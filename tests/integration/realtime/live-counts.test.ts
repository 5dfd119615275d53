/** The session page's "people in this room now": distinct people per room, live. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getLiveRoomCounts, publishPeopleCounter } from "@/lib/server/realtime/live-room-counts";
import { RealtimeHarness, waitUntil } from "@/tests/helpers/realtime-harness";

describe("live room counts", () => {
  let harness: RealtimeHarness;
  beforeAll(async () => {
    harness = await RealtimeHarness.start();
    publishPeopleCounter((roomIds) => harness.server.peopleInRooms(roomIds));
  });
  afterAll(async () => {
    await harness.close();
  });

  it("counts each person once per room, and drops them when they leave", async () => {
    const [roomA, roomB, emptyRoom] = await Promise.all([
      harness.createRoom(),
      harness.createRoom(),
      harness.createRoom(),
    ]);
    const annaToken = await harness.token(roomA, { sub: "anna" });
    const annaTab1 = await harness.connect(roomA, { token: annaToken });
    await harness.connect(roomA, { token: annaToken }); // a second tab of the same person
    await harness.connect(roomA, { token: await harness.token(roomA, { sub: "bram" }) });
    await harness.connect(roomB, { token: await harness.token(roomB, { sub: "carla" }) });

    expect(getLiveRoomCounts([roomA, roomB, emptyRoom])).toEqual({ [roomA]: 2, [roomB]: 1, [emptyRoom]: 0 });

    harness.disconnect(annaTab1);
    await waitUntil(() => harness.server.stats().connections === 3);
    expect(getLiveRoomCounts([roomA])[roomA]).toBe(2); // Anna is still there in her other tab
  });
});
