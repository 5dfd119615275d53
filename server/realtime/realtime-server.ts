/**
 * The realtime endpoint: y-websocket protocol over `ws`, one Room per loaded room id.
 * The HTTP server forwards upgrades under REALTIME_PATH to `handleUpgrade`.
 *
 * Several instances: pass a shared `bus` (redis-room-bus.ts). Rooms then exchange updates and
 * presence with the other instances, access rechecks reach every instance, and live counts add
 * up over instances (cluster-people.ts). Without a bus the server is the single process it was.
 *
 * Token expiry: tokens are checked at upgrade only. A connection whose token expires while it
 * is open stays open; the client fetches a fresh token before each reconnect.
 */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import type * as Y from "yjs";
import type { RoomDocumentStore, VersionReason } from "@/lib/server/documents/room-document-store";
import { logger } from "@/lib/server/logger";
import { CloseCode } from "@/lib/shared/realtime/close-codes";
import { MAX_MESSAGE_BYTES } from "@/lib/shared/realtime/protocol";
import type { RoomTokenClaims } from "@/lib/shared/realtime/room-token";
import { clientAddressOf } from "@/lib/server/http/client-address";
import type { LimitsRedis } from "@/lib/server/limits/limits-redis";
import { recheckUserConnections, type AccessCheck } from "./access-recheck";
import { ClusterPeople, type PeopleByRoom } from "./cluster-people";
import { Connection } from "./connection";
import { createLocalRoomBus, type RoomBus } from "./room-bus";
import { ConnectionLimits } from "./limits/connection-limits";
import { DEFAULT_REALTIME_LIMITS, type RealtimeLimits } from "./limits/limit-config";
import type { RoomSlot } from "./limits/room-slots";
import { UpgradeLimits } from "./limits/upgrade-limits";
import { RoomRegistry } from "./room-registry";
import { authorizeUpgrade, refuseUpgrade } from "./upgrade-auth";

export interface RealtimeServerOptions {
  store: RoomDocumentStore;
  /** Secret that signs room tokens (checkRoomToken). */
  authSecret: string;
  /** Stored updates after which the room is compacted into one snapshot. */
  compactAfterUpdates?: number;
  /** Least time between two "interval" versions while a room is edited. */
  versionIntervalMs?: number;
  /** How long an empty room stays in memory (a quick reconnect reuses it). */
  unloadDelayMs?: number;
  /** Ping period; a socket that missed the previous ping's pong is terminated. */
  pingIntervalMs?: number;
  /** The current access rule (findRoomAccess), used by `recheckUser` after access changes. */
  checkAccess?: AccessCheck;
  /** How instances reach each other (default: none, one process). Closed by `close()`. */
  bus?: RoomBus;
  /** Overrides of the default limits (server/index.ts passes realtimeLimitsFromEnv()). */
  limits?: Partial<RealtimeLimits>;
  /** Reverse proxies in front of this server (TRUST_PROXY, lib/server/http/client-address.ts). */
  trustedProxies?: number;
  /**
   * Where limits are counted over all instances (sharedLimitsRedis(), with REDIS_URL): the
   * per-address connection rate and the room maximum. Default: this process's memory. The
   * caller owns the connection and closes it after `close()`.
   */
  sharedLimits?: LimitsRedis | null;
  /** How long a killed instance's room slots keep counting in Redis (default 30 s). */
  roomSlotExpiryMs?: number;
}

export interface RealtimeServer {
  /** Call from the http server's 'upgrade' for paths under REALTIME_PATH. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Flushes pending writes, closes all connections (goingAway) and unloads all rooms. */
  close(): Promise<void>;
  /** Loaded rooms and open connections (tests, benchmarks, health). */
  stats(): { rooms: number; connections: number };
  /** Distinct people (token subjects) connected to each of `roomIds`, over all instances. */
  peopleInRooms(roomIds: string[]): Record<string, number>;
  /** Closes the user's connections that the current access rules no longer allow (every instance). */
  recheckUser(userId: string): Promise<number>;
  /** A server-side change of a room's document (Room.changeDocument), loading the room if needed. */
  changeDocument(
    roomId: string,
    change: (copy: Y.Doc) => void,
    reason?: VersionReason,
  ): Promise<void>;
}

/** How long shutdown waits for clients to complete the close handshake. */
const CLOSE_HANDSHAKE_TIMEOUT_MS = 1_000;

/** Creates the realtime endpoint. It listens on nothing itself: wire `handleUpgrade`. */
export function createRealtimeServer(options: RealtimeServerOptions): RealtimeServer {
  const bus = options.bus ?? createLocalRoomBus();
  const registry = new RoomRegistry({
    store: options.store,
    bus,
    compactAfterUpdates: options.compactAfterUpdates ?? 200,
    versionIntervalMs: options.versionIntervalMs ?? 5 * 60_000,
    unloadDelayMs: options.unloadDelayMs ?? 2_000,
  });
  const connections = new Set<Connection>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const limits = { ...DEFAULT_REALTIME_LIMITS, ...options.limits };
  const upgradeLimits = new UpgradeLimits(
    limits,
    options.sharedLimits
      ? {
          redis: options.sharedLimits,
          instanceId: bus.instanceId,
          roomSlotExpiryMs: options.roomSlotExpiryMs,
        }
      : null,
  );
  const connectionLimits = new ConnectionLimits(limits);
  let closing = false;

  function localPeople(): PeopleByRoom {
    const people: PeopleByRoom = new Map();
    for (const connection of connections) {
      if (connection.isClosed) continue;
      const inRoom = people.get(connection.roomId) ?? new Set<string>();
      inRoom.add(connection.claims.sub);
      people.set(connection.roomId, inRoom);
    }
    return people;
  }
  const clusterPeople = new ClusterPeople(bus, localPeople);

  function recheckHere(userId: string): Promise<number> {
    if (!options.checkAccess) return Promise.resolve(0);
    return recheckUserConnections(connections, userId, options.checkAccess);
  }

  bus.onCluster((message, fromInstance) => {
    if (message.kind === "recheck-access") {
      recheckHere(message.userId).catch((error: unknown) => {
        logger.error({ err: error, userId: message.userId }, "access recheck failed");
      });
    } else {
      clusterPeople.receive(message, fromInstance);
    }
  });
  bus.onReconnect(() => void registry.catchUpAll());

  const keepalive = setInterval(() => {
    for (const connection of connections) connection.checkAlive();
  }, options.pingIntervalMs ?? 30_000);
  keepalive.unref();

  function accept(socket: WebSocket, roomId: string, claims: RoomTokenClaims, slot: RoomSlot) {
    // Counted before Connection listens, so a flood is seen before its frames are handled.
    socket.on("message", () =>
      connectionLimits.countFrame(connection, () => {
        if (connection.isClosed) return;
        logger.info({ roomId, user: claims.sub }, "closing connection: too many messages");
        connection.close(CloseCode.rateLimited, "too many messages");
      }),
    );
    const connection: Connection = new Connection(socket, roomId, claims, (closed) => {
      connections.delete(closed);
      slot.release();
      connectionLimits.forget(closed);
      registry.leave(closed);
      clusterPeople.changed();
    });
    connection.throttleAwareness = (apply) => connectionLimits.throttleAwareness(connection, apply);
    connections.add(connection);
    clusterPeople.changed();
    if (closing) {
      connection.close(CloseCode.goingAway, "server shutting down");
      return;
    }
    registry.join(connection).catch((error: unknown) => {
      logger.error({ err: error, roomId }, "joining room failed");
      connection.close(CloseCode.internalError, "internal error");
    });
  }

  async function upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    if (closing) return refuseUpgrade(socket, 503, "Server shutting down");
    const address = clientAddressOf(request, options.trustedProxies ?? 0);
    // Counted whether or not the token is good; side by side, so a shared count (a Redis round
    // trip) adds no wait to the token check and room lookup.
    const [withinRate, decision] = await Promise.all([
      upgradeLimits.allowConnectionFrom(address),
      authorizeUpgrade(request, options.store, options.authSecret),
    ]);
    if (!decision.ok) {
      if (!withinRate) return refuseUpgrade(socket, 429, "Too many connections from your address");
      return refuseUpgrade(socket, decision.status, decision.body);
    }
    const { roomId, claims } = decision;
    const slot = withinRate ? await upgradeLimits.enterRoom(roomId, claims.facilitator) : null;
    // A socket lost before it is accepted must not keep its slot (release is idempotent).
    if (slot) socket.once("close", () => slot.release());
    if (socket.destroyed) return slot?.release();
    if (closing) {
      slot?.release();
      return refuseUpgrade(socket, 503, "Server shutting down");
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      // A browser cannot read a refused upgrade's status, so it is told with a close code.
      if (!withinRate)
        return ws.close(CloseCode.rateLimited, "too many connections from your address");
      if (slot) return accept(ws, roomId, claims, slot);
      logger.info({ roomId, user: claims.sub }, "room full: connection refused");
      ws.close(CloseCode.roomFull, "room full");
    });
  }

  return {
    handleUpgrade(request, socket, head) {
      // The socket may fail while the token and room are checked; never let that crash us.
      socket.on("error", (error) => logger.debug({ err: error }, "upgrade socket error"));
      upgrade(request, socket, head).catch((error: unknown) => {
        logger.error({ err: error }, "upgrade failed");
        refuseUpgrade(socket, 500, "Internal error");
      });
    },

    async close() {
      closing = true;
      clearInterval(keepalive);
      const open = [...connections];
      const closed = Promise.all(open.map((connection) => connection.whenClosed()));
      for (const connection of open) connection.close(CloseCode.goingAway, "server restarting");
      const timeout = new Promise<void>((resolve) =>
        setTimeout(resolve, CLOSE_HANDSHAKE_TIMEOUT_MS).unref(),
      );
      await Promise.race([closed, timeout]);
      for (const connection of open) connection.terminate();
      await Promise.all(open.map((connection) => connection.whenClosed()));
      await registry.unloadAll();
      upgradeLimits.close();
      await options.store.flushActivity();
      clusterPeople.stop();
      await bus.close();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },

    stats() {
      return { rooms: registry.size, connections: connections.size };
    },

    async recheckUser(userId) {
      bus.publishCluster({ kind: "recheck-access", userId });
      return recheckHere(userId);
    },

    changeDocument(roomId, change, reason) {
      return registry.withRoom(roomId, (room) => room.changeDocument(change, reason));
    },

    peopleInRooms(roomIds) {
      return clusterPeople.count(roomIds);
    },
  };
}
