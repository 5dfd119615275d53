/**
 * Limits under flood (values and codes: lib/shared/realtime/limits.ts, README "Limits"): each is
 * set low here and flooded past, and only the flooding connection or address is held back.
 */
import { afterEach, describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import { CloseCode } from "@/lib/shared/realtime/close-codes";
import { MessageType } from "@/lib/shared/realtime/protocol";
import {
  RealtimeHarness,
  closeCodeOf,
  opened,
  refusedStatus,
  waitUntil,
  type ServerTuning,
} from "@/tests/helpers/realtime-harness";

/** Sync step 1 with an empty state vector: harmless, answered with a sync step 2. */
const HARMLESS_FRAME = Uint8Array.of(MessageType.sync, 0, 1, 0);

function ownPresenceFrame(clientId: number, clock: number, name: string): Uint8Array {
  const update = encoding.encode((encoder) => {
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify({ user: { name } }));
  });
  return encoding.encode((encoder) => {
    encoding.writeVarUint(encoder, MessageType.awareness);
    encoding.writeVarUint8Array(encoder, update);
  });
}

let harness: RealtimeHarness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

async function start(tuning: ServerTuning): Promise<{ harness: RealtimeHarness; roomId: string }> {
  harness = await RealtimeHarness.start(tuning);
  return { harness, roomId: await harness.createRoom() };
}

/** A raw socket with extra request headers (the harness's rawSocket has none). */
function socketWithHeaders(
  server: RealtimeHarness,
  roomId: string,
  token: string,
  headers: Record<string, string>,
) {
  return new WebSocket(`${server.wsBaseUrl}/${roomId}?token=${encodeURIComponent(token)}`, {
    headers,
  });
}

describe("per connection", () => {
  it("closes a connection that floods frames with 4429; the others carry on", async () => {
    const { harness, roomId } = await start({ limits: { messagesPerSecond: 50 } });
    const calm = await harness.connect(roomId);
    const watcher = await harness.connect(roomId);
    const flooder = harness.rawSocket(roomId, await harness.token(roomId));
    const closed = closeCodeOf(flooder);
    await opened(flooder);
    for (let index = 0; index < 500; index++) flooder.send(HARMLESS_FRAME);
    expect(await closed).toBe(CloseCode.rateLimited);

    calm.doc.getMap("shared").set("after", "the flood");
    await waitUntil(() => watcher.doc.getMap("shared").get("after") === "the flood");
    expect(calm.provider.wsconnected && watcher.provider.wsconnected).toBe(true);
  });

  it("holds back a presence flood without closing it, and shows its latest state", async () => {
    const { harness, roomId } = await start({ limits: { awarenessPerWindow: 2 } });
    const watcher = await harness.connect(roomId);
    const socket = harness.rawSocket(roomId, await harness.token(roomId));
    socket.on("error", () => {});
    await opened(socket);
    const clientId = 424242;
    let changesSeen = 0;
    watcher.provider.awareness.on(
      "change",
      ({ added, updated }: { added: number[]; updated: number[] }) => {
        if ([...added, ...updated].includes(clientId)) changesSeen += 1;
      },
    );
    for (let clock = 1; clock <= 40; clock++)
      socket.send(ownPresenceFrame(clientId, clock, `name ${clock}`));

    const latest = () =>
      watcher.provider.awareness.getStates().get(clientId) as
        { user?: { name?: string } } | undefined;
    await waitUntil(() => latest()?.user?.name === "name 40", 10_000, "the latest presence");
    expect(changesSeen).toBeLessThan(40);
    expect(socket.readyState).toBe(WebSocket.OPEN);
    socket.close();
  });
});

describe("per address", () => {
  it("refuses new connections past the per-minute limit: 4429 with a valid token, HTTP 429 without", async () => {
    const { harness, roomId } = await start({ limits: { connectionsPerMinute: 3 } });
    const token = await harness.token(roomId);
    const first = await harness.connect(roomId);
    for (let index = 0; index < 2; index++) {
      const socket = harness.rawSocket(roomId, token);
      await opened(socket);
      socket.close();
    }
    const limited = harness.rawSocket(roomId, token);
    expect(await closeCodeOf(limited)).toBe(CloseCode.rateLimited);
    const anonymous = await refusedStatus(harness.rawSocket(roomId, "not-a-token"));
    expect(anonymous.status).toBe(429);
    // A client already connected is not affected.
    expect(first.provider.wsconnected).toBe(true);
  });

  it("ignores X-Forwarded-For unless TRUST_PROXY says a proxy sets it", async () => {
    const { harness, roomId } = await start({ limits: { connectionsPerMinute: 2 } });
    const token = await harness.token(roomId);
    for (let index = 0; index < 2; index++) {
      const socket = socketWithHeaders(harness, roomId, token, {
        "X-Forwarded-For": `10.0.0.${index}`,
      });
      await opened(socket);
      socket.close();
    }
    const dodging = socketWithHeaders(harness, roomId, token, { "X-Forwarded-For": "10.0.0.99" });
    expect(await closeCodeOf(dodging)).toBe(CloseCode.rateLimited);
  });

  it("counts per forwarded address behind a trusted proxy", async () => {
    const { harness, roomId } = await start({
      limits: { connectionsPerMinute: 2 },
      trustedProxies: 1,
    });
    const token = await harness.token(roomId);
    for (let index = 0; index < 4; index++) {
      // Each pupil's phone behind the proxy has its own count.
      const socket = socketWithHeaders(harness, roomId, token, {
        "X-Forwarded-For": `198.51.100.7, 10.0.0.${index}`,
      });
      await opened(socket);
      socket.close();
    }
    const headers = { "X-Forwarded-For": "10.0.0.0" };
    const second = socketWithHeaders(harness, roomId, token, headers);
    await opened(second);
    second.close();
    const third = socketWithHeaders(harness, roomId, token, headers);
    expect(await closeCodeOf(third)).toBe(CloseCode.rateLimited);
  });
});

describe("per room", () => {
  it("closes connections past the room's maximum with 4409, lets facilitators in, and lets the next one in when someone leaves", async () => {
    const { harness, roomId } = await start({ limits: { roomMaxConnections: 2 } });
    const anna = await harness.connect(roomId);
    await harness.connect(roomId);
    const third = harness.rawSocket(roomId, await harness.token(roomId));
    expect(await closeCodeOf(third)).toBe(CloseCode.roomFull);

    const trainer = await harness.connect(roomId, { facilitator: true });
    expect(trainer.provider.wsconnected).toBe(true);

    harness.disconnect(anna);
    harness.disconnect(trainer);
    await waitUntil(() => harness.server.stats().connections === 1);
    const later = await harness.connect(roomId);
    expect(later.provider.wsconnected).toBe(true);
  });
});
