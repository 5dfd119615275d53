/** Open connections follow access changes: removed people are closed, changed roles reconnect. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RoomRole } from "@/lib/shared/realtime/room-token";
import { CloseCode } from "@/lib/shared/realtime/close-codes";
import { RealtimeHarness, closeCodeOf, opened, waitUntil } from "@/tests/helpers/realtime-harness";

type Access = { role: RoomRole; facilitator: boolean } | null;

describe("rechecking access of open connections", () => {
  let harness: RealtimeHarness;
  const accessByUser = new Map<string, Access>();

  beforeAll(async () => {
    harness = await RealtimeHarness.start({
      checkAccess: async (userId) =>
        accessByUser.has(userId) ? (accessByUser.get(userId) ?? null) : { role: "editor", facilitator: false },
    });
  });
  afterAll(async () => {
    await harness.close();
  });

  it("closes a removed person's connections with 4403 and leaves everyone else connected", async () => {
    const roomId = await harness.createRoom();
    const removed = harness.rawSocket(roomId, await harness.token(roomId, { sub: "removed-user" }));
    const staying = harness.rawSocket(roomId, await harness.token(roomId, { sub: "staying-user" }));
    await Promise.all([opened(removed), opened(staying)]);
    const removedClose = closeCodeOf(removed);

    accessByUser.set("removed-user", null);
    expect(await harness.server.recheckUser("removed-user")).toBe(1);
    expect(await removedClose).toBe(CloseCode.forbidden);
    expect(await harness.server.recheckUser("staying-user")).toBe(0);
    await waitUntil(() => harness.server.stats().connections === 1);
    expect(staying.readyState).toBe(staying.OPEN);
    staying.close();
  });

  it("asks a person whose role changed to reconnect (4401) so their next token carries it", async () => {
    const roomId = await harness.createRoom();
    const socket = harness.rawSocket(roomId, await harness.token(roomId, { sub: "promoted-user" }));
    await opened(socket);
    const closed = closeCodeOf(socket);
    accessByUser.set("promoted-user", { role: "editor", facilitator: true });
    await harness.server.recheckUser("promoted-user");
    expect(await closed).toBe(CloseCode.tokenExpired);
  });
});
