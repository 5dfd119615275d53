/**
 * Cocreate's realtime server as the benchmark runs it: a plain http server whose upgrades under
 * /yjs go to `createRealtimeServer`, on the default database (SQLite) in a fresh temporary
 * DATA_DIR, with the production defaults except the limits (off) and a short unload delay so "open a room that is not
 * in memory" can be measured without waiting 2 s each time. Every update is committed to SQLite
 * before it is fanned out.
 */
import { createServer } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";

const dataDir = mkdtempSync(path.join(tmpdir(), "cocreate-bench-"));
process.env.DATA_DIR = dataDir;
delete process.env.DATABASE_URL;
process.env.LOG_LEVEL ??= "warn";

// Imported after DATA_DIR is set: the database client reads it on first use.
const { migrateDatabase } = await import("@/lib/server/db/migrate");
const { getPrisma, disconnectPrisma } = await import("@/lib/server/db/client");
const { createPrismaDocumentStore } = await import("@/lib/server/documents/prisma-document-store");
const { mintRoomToken } = await import("@/lib/server/auth/room-token");
const { REALTIME_PATH } = await import("@/lib/shared/realtime/protocol");
const { createRealtimeServer } = await import("@/server/realtime/realtime-server");
const { createBenchRooms } = await import("./create-bench-rooms");
const { announceReady, handleControlRequest } = await import("./control");

const UNLOAD_DELAY_MS = Number(process.env.BENCH_UNLOAD_DELAY_MS ?? 100);

await migrateDatabase();
const authSecret = randomBytes(32).toString("hex");
const realtime = createRealtimeServer({
  store: createPrismaDocumentStore(),
  authSecret,
  unloadDelayMs: UNLOAD_DELAY_MS,
  // The benchmark opens hundreds of connections from one address and floods rooms on purpose:
  // it measures the server, not its limits (README "Limits"; tests/integration/realtime/limits.test.ts).
  limits: {
    messagesPerSecond: 1_000_000,
    connectionsPerMinute: 1_000_000,
    roomMaxConnections: 1_000_000,
    awarenessPerWindow: 1_000_000,
  },
});

const server = createServer((request, response) => {
  void handleControlRequest(request, response, {
    createRooms: async (count) => {
      const roomIds = await createBenchRooms(getPrisma(), count);
      return Promise.all(
        roomIds.map(async (roomId) => ({
          roomId,
          token: await mintRoomToken(
            { room: roomId, sub: "bench-user", name: "Bench", role: "editor", facilitator: false },
            authSecret,
          ),
        })),
      );
    },
    stats: () => realtime.stats(),
  });
});

server.on("upgrade", (request, socket, head) => {
  const pathname = (request.url ?? "/").split("?")[0] ?? "/";
  if (pathname.startsWith(`${REALTIME_PATH}/`))
    return realtime.handleUpgrade(request, socket, head);
  socket.destroy();
});

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address && typeof address === "object") announceReady(address.port);
});

process.on("SIGTERM", () => {
  server.closeAllConnections();
  server.close();
  void realtime
    .close()
    .then(() => disconnectPrisma())
    .finally(() => {
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    });
});
