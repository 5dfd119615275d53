/**
 * Several realtime instances for tests: child processes (realtime-child.ts) on one fresh
 * PostgreSQL test database, sharing rooms through the local Redis (TEST_REDIS_URL, default
 * redis://127.0.0.1:6379) on a channel prefix of their own, so test files never hear each other.
 * PostgreSQL (TEST_DATABASE=postgres) and Redis are REQUIRED: without them these helpers throw,
 * so a run without the services fails instead of passing vacuously.
 */
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import WebSocket from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { REALTIME_PATH } from "@/lib/shared/realtime/protocol";
import { createRedisRoomBus } from "@/server/realtime/redis-room-bus";
import {
  createRealtimeServer,
  type RealtimeServer,
  type RealtimeServerOptions,
} from "@/server/realtime/realtime-server";
import { startRealtimeChild, type RealtimeChild } from "./realtime-child";
import { TEST_AUTH_SECRET, waitForSync } from "./realtime-harness";
import { mintRoomToken } from "@/lib/server/auth/room-token";
import { createTestDatabase, testDatabaseProvider, type TestDatabase } from "./test-database";

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/** Throws unless PostgreSQL is the test database and Redis answers. */
export async function requireMultiInstanceServices(): Promise<void> {
  if (testDatabaseProvider() !== "postgres") {
    throw new Error("multi-instance tests need PostgreSQL: run them with TEST_DATABASE=postgres");
  }
  const redis = new Redis(TEST_REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 3_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on("error", () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(`multi-instance tests need Redis at ${TEST_REDIS_URL}: ${String(error)}`);
  } finally {
    redis.disconnect();
  }
}

export interface ClientOptions {
  /** Token subject (the user id); random by default. */
  sub?: string;
  /** A facilitator's token (always gets into a full room). */
  facilitator?: boolean;
  doc?: Y.Doc;
}

export interface ClusterClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

/**
 * "admitted" once the server sends a raw socket its first message (an accepted connection is
 * greeted with a sync step 1), or the close code of a socket closed before that (4409, 4429).
 */
export function admission(socket: WebSocket): Promise<"admitted" | number> {
  return new Promise((resolve) => {
    socket.once("message", () => resolve("admitted"));
    socket.once("close", (code) => resolve(code));
  });
}

export class Cluster {
  readonly instances: RealtimeChild[] = [];
  private readonly providers = new Set<WebsocketProvider>();
  private readonly inProcess: RealtimeServer[] = [];
  readonly redisPrefix = `cocreate-test-${randomUUID()}`;

  private constructor(
    readonly database: TestDatabase,
    private readonly childEnv: Record<string, string>,
  ) {}

  /** A fresh PostgreSQL database and `count` instances on it sharing rooms through Redis. */
  static async start(count: number, env: Record<string, string> = {}): Promise<Cluster> {
    await requireMultiInstanceServices();
    const database = await createTestDatabase();
    const cluster = new Cluster(database, env);
    for (let index = 0; index < count; index++) await cluster.startInstance();
    return cluster;
  }

  async startInstance(): Promise<RealtimeChild> {
    const instance = await startRealtimeChild({
      ...this.childEnv,
      DATABASE_URL: this.database.url,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: this.redisPrefix,
    });
    this.instances.push(instance);
    return instance;
  }

  /**
   * One more instance in this test process (same database, same Redis channels), for what a
   * Next route would call on the instance that got the HTTP request (restore, counts, rechecks).
   */
  async startInProcess(tuning: Partial<RealtimeServerOptions> = {}): Promise<RealtimeServer> {
    const server = createRealtimeServer({
      store: this.database.store,
      authSecret: TEST_AUTH_SECRET,
      bus: await createRedisRoomBus(TEST_REDIS_URL, { prefix: this.redisPrefix }),
      ...tuning,
    });
    this.inProcess.push(server);
    return server;
  }

  token(
    roomId: string,
    sub = `user-${randomUUID().slice(0, 8)}`,
    facilitator = false,
  ): Promise<string> {
    return mintRoomToken({ room: roomId, sub, name: sub, role: "editor", facilitator }, TEST_AUTH_SECRET);
  }

  /** A raw websocket to `port` (an instance or a proxy) with a token and extra request headers. */
  rawSocket(port: number, roomId: string, token: string, headers: Record<string, string> = {}) {
    const url = `ws://127.0.0.1:${port}${REALTIME_PATH}/${roomId}?token=${encodeURIComponent(token)}`;
    const socket = new WebSocket(url, { headers });
    socket.on("error", () => {});
    return socket;
  }

  /** A real provider connected to `port` (an instance, or a proxy in front of them), synced. */
  async connect(port: number, roomId: string, options: ClientOptions = {}): Promise<ClusterClient> {
    const doc = options.doc ?? new Y.Doc();
    const provider = new WebsocketProvider(
      `ws://127.0.0.1:${port}${REALTIME_PATH}`,
      roomId,
      doc,
      {
        params: { token: await this.token(roomId, options.sub, options.facilitator) },
        disableBc: true,
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        maxBackoffTime: 200,
      },
    );
    this.providers.add(provider);
    // Generous: in CI the integration project (crash and storm tests) runs beside this one.
    await waitForSync(provider, 30_000);
    return { doc, provider };
  }

  disconnect(client: { provider: WebsocketProvider }): void {
    client.provider.destroy();
    this.providers.delete(client.provider);
  }

  async close(): Promise<void> {
    for (const provider of this.providers) provider.destroy();
    await Promise.all(this.inProcess.map((server) => server.close()));
    await Promise.all(this.instances.map((instance) => instance.kill()));
    await this.database.drop();
  }
}
