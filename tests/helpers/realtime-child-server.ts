/**
 * A realtime server in its own process, for tests that kill or restart it. Reads DATABASE_URL,
 * REALTIME_TEST_SECRET and PORT; the limits from the same env vars as server/index.ts
 * (REALTIME_CONNECTIONS_PER_MINUTE, ROOM_MAX_CONNECTIONS, …, TRUST_PROXY); with REDIS_URL it
 * shares rooms with other instances through the Redis bus (the channel prefix from REDIS_PREFIX,
 * so parallel test files stay apart) and counts the connection and room limits there too;
 * COMPACT_AFTER_UPDATES tunes compaction, ROOM_SLOT_EXPIRY_MS the room slots' expiry. Prints
 * "listening <port>" once ready. SIGTERM shuts down as server/index.ts does (pending writes
 * flushed, clients told 1001).
 *
 * Started with an IPC channel (realtime-child.ts), it answers a `memory-report` message with
 * the figures of child-memory-report.ts (answer-memory-reports.ts), taken after a forced garbage collection.
 */
import "./live-timers";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createDbClient, databaseProvider } from "@/lib/server/db/client";
import { createPrismaDocumentStore } from "@/lib/server/documents/prisma-document-store";
import { trustedProxyCount } from "@/lib/server/http/client-address";
import { sharedLimitsRedis } from "@/lib/server/limits/limits-redis";
import { buildSnapshotInWorker } from "@/lib/server/documents/snapshot-worker/snapshot-worker";
import { findRoomAccess } from "@/lib/server/rooms/find-room-access";
import { realtimeLimitsFromEnv } from "@/server/realtime/limits/limit-config";
import { createRedisRoomBus } from "@/server/realtime/redis-room-bus";
import { createRealtimeServer } from "@/server/realtime/realtime-server";
import { answerMemoryReports } from "./answer-memory-reports";

const redisUrl = process.env.REDIS_URL;
const bus = redisUrl
  ? await createRedisRoomBus(redisUrl, { prefix: process.env.REDIS_PREFIX })
  : undefined;
const compactAfterUpdates = Number(process.env.COMPACT_AFTER_UPDATES) || undefined;
const sharedLimits = sharedLimitsRedis();
await sharedLimits?.ready;

const realtime = createRealtimeServer({
  store: createPrismaDocumentStore(createDbClient(), databaseProvider(), {
    buildSnapshot: buildSnapshotInWorker,
  }),
  authSecret: process.env.REALTIME_TEST_SECRET ?? "",
  bus,
  compactAfterUpdates,
  checkAccess: findRoomAccess,
  limits: realtimeLimitsFromEnv(),
  trustedProxies: trustedProxyCount(),
  sharedLimits,
  roomSlotExpiryMs: Number(process.env.ROOM_SLOT_EXPIRY_MS) || undefined,
});
const http = createServer((_request, response) => response.writeHead(404).end());
http.on("upgrade", (request, socket, head) => realtime.handleUpgrade(request, socket, head));
http.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  process.stdout.write(`listening ${(http.address() as AddressInfo).port}\n`);
});

answerMemoryReports(() => realtime.stats());

process.once("SIGTERM", () => {
  http.close();
  http.closeAllConnections();
  void realtime.close().finally(() => process.exit(0));
});
// The test process is gone (crashed, or killed without its afterAll): do not outlive it.
process.once("disconnect", () => process.exit(0));
