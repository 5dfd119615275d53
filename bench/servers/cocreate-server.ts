/**
 * Cocreate's realtime server as the benchmark runs it: a plain http server whose upgrades under
 * /yjs go to `createRealtimeServer`, with the production defaults except a short unload delay so
 * "open a room that is not in memory" can be measured without waiting 2 s each time. Every
 * update is committed to the database before it is fanned out.
 *
 * Database: SQLite in a fresh temporary DATA_DIR, unless BENCH_DATABASE_URL names one (the
 * multi-instance variant: PostgreSQL shared by the instances, which also get REDIS_URL).
 * BENCH_AUTH_SECRET: the room-token secret, shared by instances of one variant (random if unset).
 * BENCH_PORT: port to listen on (0: any free port).
 *
 * Compactions are recorded for GET /bench/persistence: the store's `compact` is timed, and the
 * encode time comes from compaction.ts's own "room compacted" debug record, read by wrapping
 * `logger.debug` (nothing else logs at debug level on this path).
 */
import { createServer } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";

const dataDir = mkdtempSync(path.join(tmpdir(), "cocreate-bench-"));
process.env.DATA_DIR = dataDir;
if (process.env.BENCH_DATABASE_URL) process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
else delete process.env.DATABASE_URL;
process.env.LOG_LEVEL ??= "warn";

// Imported after DATA_DIR / DATABASE_URL are set: the database client reads them on first use.
const { migrateDatabase } = await import("@/lib/server/db/migrate");
const { getPrisma, disconnectPrisma } = await import("@/lib/server/db/client");
const { createPrismaDocumentStore } = await import("@/lib/server/documents/prisma-document-store");
const { mintRoomToken } = await import("@/lib/server/auth/room-token");
const { logger } = await import("@/lib/server/logger");
const { REALTIME_PATH } = await import("@/lib/shared/realtime/protocol");
const { createRealtimeServer } = await import("@/server/realtime/realtime-server");
const { createBenchRooms } = await import("./create-bench-rooms");
const { announceReady, handleControlRequest } = await import("./control");
const { epochNow } = await import("./loop-probe");
const { createPersistenceLog } = await import("./persistence-log");

const UNLOAD_DELAY_MS = Number(process.env.BENCH_UNLOAD_DELAY_MS ?? 100);
const compactions = createPersistenceLog();

await migrateDatabase();
const authSecret = process.env.BENCH_AUTH_SECRET ?? randomBytes(32).toString("hex");
const store = createPrismaDocumentStore();
const realtime = createRealtimeServer({
  store: {
    ...store,
    async compact(roomId, snapshot, upToSeq) {
      const startedAt = epochNow();
      await store.compact(roomId, snapshot, upToSeq);
      compactions.add({
        kind: "compaction",
        startedAt,
        endedAt: epochNow(),
        syncMs: null,
        bytes: snapshot.byteLength,
      });
    },
  },
  authSecret,
  unloadDelayMs: UNLOAD_DELAY_MS,
});

const logDebug = logger.debug.bind(logger);
logger.debug = ((...args: Parameters<typeof logger.debug>) => {
  const [fields, message] = args as [{ encodeMs?: number }, string | undefined];
  const latest = compactions.latest();
  if (message === "room compacted" && latest && typeof fields.encodeMs === "number") {
    latest.syncMs = fields.encodeMs;
    latest.startedAt -= fields.encodeMs;
  }
  logDebug(...args);
}) as typeof logger.debug;

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
    persistence: compactions,
  });
});

server.on("upgrade", (request, socket, head) => {
  const pathname = (request.url ?? "/").split("?")[0] ?? "/";
  if (pathname.startsWith(`${REALTIME_PATH}/`))
    return realtime.handleUpgrade(request, socket, head);
  socket.destroy();
});

server.listen(Number(process.env.BENCH_PORT ?? 0), "127.0.0.1", () => {
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
