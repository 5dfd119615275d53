/** Who may open a room: refused upgrades are plain HTTP answers; viewers sync but cannot write. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintRoomToken } from "@/lib/server/auth/room-token";
import { ROOM_TOKEN_TTL_SECONDS } from "@/lib/shared/realtime/room-token";
import {
  RealtimeHarness,
  loadStoredDoc,
  opened,
  refusedStatus,
  waitUntil,
} from "@/tests/helpers/realtime-harness";

describe("realtime access", () => {
  let harness: RealtimeHarness;
  let roomId: string;
  beforeAll(async () => {
    harness = await RealtimeHarness.start();
    roomId = await harness.createRoom();
  });
  afterAll(async () => {
    await harness.close();
  });

  it("refuses a missing token with 401", async () => {
    const refusal = await refusedStatus(harness.rawSocket(roomId, null));
    expect(refusal.status).toBe(401);
    expect(refusal.body).toMatch(/missing/);
  });

  it("refuses a forged token with 401", async () => {
    const forged = await mintRoomToken(
      { room: roomId, sub: "u1", name: "Mallory", role: "editor", facilitator: true },
      "another-secret-that-is-long-enough-0123456789",
    );
    expect((await refusedStatus(harness.rawSocket(roomId, forged))).status).toBe(401);
    expect((await refusedStatus(harness.rawSocket(roomId, "not-a-jwt"))).status).toBe(401);
  });

  it("refuses an expired token with 401", async () => {
    const expired = await harness.token(roomId, {}, -5);
    const refusal = await refusedStatus(harness.rawSocket(roomId, expired));
    expect(refusal.status).toBe(401);
    expect(refusal.body).toMatch(/expired/);
  });

  it("refuses a token whose room, user, role or facilitator claim was changed after signing", async () => {
    const token = await harness.token(roomId, { sub: "pupil-1", role: "viewer", facilitator: false });
    const [header, payload, signature] = token.split(".") as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    const tampered = [
      { ...claims, role: "editor" },
      { ...claims, facilitator: true },
      { ...claims, sub: "trainer-1" },
      { ...claims, room: "another-room" },
      { ...claims, exp: claims.exp + 3600 },
    ];
    for (const changed of tampered) {
      const forged = `${header}.${Buffer.from(JSON.stringify(changed)).toString("base64url")}.${signature}`;
      const refusal = await refusedStatus(harness.rawSocket(roomId, forged));
      expect(refusal.status).toBe(401);
      expect(refusal.body).toMatch(/invalid/);
    }
    // The untouched token still opens the room: only the changes were refused.
    const socket = harness.rawSocket(roomId, token);
    await opened(socket);
    socket.close();
  });

  it("refuses an unsigned token (alg none)", async () => {
    const claims = { room: roomId, sub: "u1", name: "Mallory", role: "editor", facilitator: true, aud: "cocreate:room", exp: Math.floor(Date.now() / 1000) + 600 };
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const unsigned = `${encode({ alg: "none", typ: "JWT" })}.${encode(claims)}.`;
    expect((await refusedStatus(harness.rawSocket(roomId, unsigned))).status).toBe(401);
  });

  it("mints tokens that expire 10 minutes after they were issued", async () => {
    const token = await harness.token(roomId);
    const claims = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString("utf8"));
    expect(claims.exp - claims.iat).toBe(ROOM_TOKEN_TTL_SECONDS);
    expect(ROOM_TOKEN_TTL_SECONDS).toBe(600);
  });

  it("refuses a token for another room with 403", async () => {
    const otherRoom = await harness.createRoom();
    const token = await harness.token(otherRoom);
    expect((await refusedStatus(harness.rawSocket(roomId, token))).status).toBe(403);
  });

  it("refuses a room that does not exist with 404, and a bad path with 404", async () => {
    const token = await harness.token("no-such-room");
    expect((await refusedStatus(harness.rawSocket("no-such-room", token))).status).toBe(404);
    expect((await refusedStatus(harness.rawSocket(roomId, token, "/yjs/a/b"))).status).toBe(404);
  });

  it("accepts a valid token", async () => {
    const socket = harness.rawSocket(roomId, await harness.token(roomId));
    await opened(socket);
    socket.close();
  });

  it("syncs a viewer but neither stores nor forwards its writes", async () => {
    const room = await harness.createRoom();
    const editor = await harness.connect(room);
    editor.doc.getMap("shared").set("fromEditor", 1);
    await waitUntil(() => harness.server.stats().connections === 1);

    const viewer = await harness.connect(room, { role: "viewer" });
    await waitUntil(
      () => viewer.doc.getMap("shared").get("fromEditor") === 1,
      5_000,
      "viewer sync",
    );

    viewer.doc.getMap("shared").set("fromViewer", 1);
    // An editor write after the viewer's: once it arrives, the viewer's would have too.
    editor.doc.getMap("shared").set("marker", 2);
    await waitUntil(
      () => viewer.doc.getMap("shared").get("marker") === 2,
      5_000,
      "marker at viewer",
    );
    const third = await harness.connect(room);
    expect(third.doc.getMap("shared").get("marker")).toBe(2);
    expect(third.doc.getMap("shared").has("fromViewer")).toBe(false);
    expect(editor.doc.getMap("shared").has("fromViewer")).toBe(false);
    const stored = await loadStoredDoc(harness.store, room);
    expect(stored.getMap("shared").toJSON()).toEqual({ fromEditor: 1, marker: 2 });
    // The viewer stays connected.
    expect(viewer.provider.wsconnected).toBe(true);
  });

  it("tokens are only checked at upgrade: an open connection outlives its token", async () => {
    const room = await harness.createRoom();
    const token = await harness.token(room, {}, 1);
    const client = await harness.connect(room, { token });
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    client.doc.getMap("shared").set("late", true);
    const other = await harness.connect(room);
    await waitUntil(() => other.doc.getMap("shared").get("late") === true, 5_000, "late write");
    expect(client.provider.wsconnected).toBe(true);
  });
});
