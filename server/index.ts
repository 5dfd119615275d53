/**
 * The Cocreate process: one HTTP server on PORT that serves the Next.js app and the realtime
 * endpoint (/yjs/<roomId>). Start-up order matters: secret, migrations and seed come before
 * the first request, so no request ever meets an unmigrated database.
 */
import { createServer } from "node:http";
import next from "next";
import { REALTIME_PATH } from "@/lib/shared/realtime/protocol";
import { loadAuthSecret } from "@/lib/server/auth/auth-secret";
import { databaseProvider, disconnectPrisma, getPrisma } from "@/lib/server/db/client";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddressOf,
  trustedProxyCount,
} from "@/lib/server/http/client-address";
import { createPrismaDocumentStore } from "@/lib/server/documents/prisma-document-store";
import { closeSharedLimitsRedis, sharedLimitsRedis } from "@/lib/server/limits/limits-redis";
import { buildSnapshotInWorker } from "@/lib/server/documents/snapshot-worker/snapshot-worker";
import { logger } from "@/lib/server/logger";
import { publishAccessRechecker } from "@/lib/server/realtime/access-changes";
import { publishDocumentChanger } from "@/lib/server/realtime/document-changes";
import { publishPeopleCounter } from "@/lib/server/realtime/live-room-counts";
import { findRoomAccess } from "@/lib/server/rooms/find-room-access";
import { realtimeLimitsFromEnv } from "./realtime/limits/limit-config";
import { createRealtimeServer } from "./realtime/realtime-server";
import { roomBusFromEnv } from "./realtime/room-bus-from-env";
import { prepareDatabase } from "./prepare-database";
import { warnAboutLicense } from "./warn-about-license";
import { guardRequest } from "./web-security";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const dev = process.env.NODE_ENV !== "production";

/** VERSION_INTERVAL_SECONDS: least time between two history versions of a room being edited. */
function versionIntervalMs(): number {
  const seconds = Number(process.env.VERSION_INTERVAL_SECONDS ?? 120);
  if (!Number.isFinite(seconds) || seconds < 1)
    throw new Error("VERSION_INTERVAL_SECONDS must be ≥ 1");
  return seconds * 1000;
}

async function main(): Promise<void> {
  // Before loadAuthSecret, which would otherwise generate a secret only this instance knows.
  const bus = await roomBusFromEnv();
  // With REDIS_URL, limits are counted over all instances; the join route uses the same one.
  const sharedLimits = sharedLimitsRedis();
  await sharedLimits?.ready;
  const authSecret = loadAuthSecret();
  const trustedProxies = trustedProxyCount();
  // The Next routes in this process read the same secret (next-auth, room tokens).
  process.env.NEXTAUTH_SECRET = authSecret;
  // One instance without NEXTAUTH_URL: trust the Host header so links work on any address.
  if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";
  await prepareDatabase();
  warnAboutLicense(dev);

  const app = next({ dev, dir: process.cwd(), hostname, port });
  await app.prepare();
  const handleRequest = app.getRequestHandler();
  const handleNextUpgrade = app.getUpgradeHandler();
  const realtime = createRealtimeServer({
    // Compaction builds snapshots in a worker thread: the event loop never waits for it.
    store: createPrismaDocumentStore(getPrisma(), databaseProvider(), {
      buildSnapshot: buildSnapshotInWorker,
    }),
    authSecret,
    checkAccess: findRoomAccess,
    versionIntervalMs: versionIntervalMs(),
    bus,
    limits: realtimeLimitsFromEnv(),
    trustedProxies,
    sharedLimits,
  });
  publishPeopleCounter((roomIds) => realtime.peopleInRooms(roomIds));
  publishAccessRechecker((userId) => realtime.recheckUser(userId));
  publishDocumentChanger((roomId, change, reason) =>
    realtime.changeDocument(roomId, change, reason),
  );

  const server = createServer((request, response) => {
    // Route handlers have no socket: per-address limits read the address from this header.
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(request, trustedProxies);
    if (!guardRequest(request, response, dev)) return;
    handleRequest(request, response).catch((error: unknown) => {
      // The path only: query strings may carry tokens.
      logger.error({ err: error, path: request.url?.split("?")[0] }, "request failed");
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  // Upgrades are routed here so /yjs never reaches Next (which would close it, STACK trap 9).
  server.on("upgrade", (request, socket, head) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    if (path.startsWith(`${REALTIME_PATH}/`)) return realtime.handleUpgrade(request, socket, head);
    if (dev) return void handleNextUpgrade(request, socket, head);
    socket.destroy();
  });

  server.listen(port, hostname, () => {
    process.stdout.write(`Cocreate is running at http://localhost:${port}\n`);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    server.close();
    server.closeAllConnections();
    await realtime.close();
    await closeSharedLimitsRedis();
    await app.close?.();
    await disconnectPrisma();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));

main().catch((error: unknown) => {
  logger.fatal({ err: error }, "Cocreate failed to start");
  process.exit(1);
});
