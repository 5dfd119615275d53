/**
 * A realtime server in its own process, for tests that kill it with SIGKILL. Reads
 * DATABASE_URL, REALTIME_TEST_SECRET and PORT; with REDIS_URL it shares rooms with other
 * instances through the Redis bus (the channel prefix from REDIS_PREFIX, so parallel test files
 * stay apart); COMPACT_AFTER_UPDATES tunes compaction. Prints "listening <port>" once ready.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createDbClient, databaseProvider } from "@/lib/server/db/client";
import { createPrismaDocumentStore } from "@/lib/server/documents/prisma-document-store";
import { buildSnapshotInWorker } from "@/lib/server/documents/snapshot-worker/snapshot-worker";
import { findRoomAccess } from "@/lib/server/rooms/find-room-access";
import { createRedisRoomBus } from "@/server/realtime/redis-room-bus";
import { createRealtimeServer } from "@/server/realtime/realtime-server";

const redisUrl = process.env.REDIS_URL;
const bus = redisUrl
  ? await createRedisRoomBus(redisUrl, { prefix: process.env.REDIS_PREFIX })
  : undefined;
const compactAfterUpdates = Number(process.env.COMPACT_AFTER_UPDATES) || undefined;

const realtime = createRealtimeServer({
  store: createPrismaDocumentStore(createDbClient(), databaseProvider(), {
    buildSnapshot: buildSnapshotInWorker,
  }),
  authSecret: process.env.REALTIME_TEST_SECRET ?? "",
  bus,
  compactAfterUpdates,
  checkAccess: findRoomAccess,
});
const http = createServer((_request, response) => response.writeHead(404).end());
http.on("upgrade", (request, socket, head) => realtime.handleUpgrade(request, socket, head));
http.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  process.stdout.write(`listening ${(http.address() as AddressInfo).port}\n`);
});
