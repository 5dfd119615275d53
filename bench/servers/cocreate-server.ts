/**
 * Cocreate's realtime server as the benchmark runs it: a plain http server whose upgrades under
 * /yjs go to `createRealtimeServer`, with the production defaults except the limits (off) and a
 * short unload delay so
 * "open a room that is not in memory" can be measured without waiting 2 s each time. Every
 * update is committed to the database before it is fanned out.
 *
 * Database: SQLite in a fresh temporary DATA_DIR, unless BENCH_DATABASE_URL names one. The
 * multi-instance variant (bench/lib/targets.ts) gives every instance the same PostgreSQL
 * BENCH_DATABASE_URL, REDIS_URL (+ REDIS_PREFIX) and NEXTAUTH_SECRET, so rooms are shared
 * through the Redis room bus exactly as server/index.ts sets it up (roomBusFromEnv); the single
 * process never uses Redis. NEXTAUTH_SECRET signs the room tokens (random when unset).
 * BENCH_PORT: port to listen on (0: any free port). BENCH_COMPACT_AFTER_UPDATES: see below.
 *
 * Compactions are recorded for GET /bench/persistence by timing the store's `compact`
 * (read the stored rows, build the snapshot in the worker thread (`buildMs`), write it).
 */
import { createServer } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";

const dataDir = mkdtempSync(path.join(tmpdir(), "cocreate-bench-"));
process.env.DATA_DIR = dataDir;
if (process.env.BENCH_DATABASE_URL) {
  process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
} else {
  delete process.env.DATABASE_URL;
  delete process.env.REDIS_URL;
}
process.env.LOG_LEVEL ??= "warn";

// Imported after DATA_DIR / DATABASE_URL are set: the database client reads them on first use.
const { migrateDatabase } = await import("@/lib/server/db/migrate");
const { databaseProvider, getPrisma, disconnectPrisma } = await import("@/lib/server/db/client");
const { createPrismaDocumentStore } = await import("@/lib/server/documents/prisma-document-store");
const { buildSnapshotInWorker } = await import("@/lib/server/documents/snapshot-worker/snapshot-worker");
const { mintRoomToken } = await import("@/lib/server/auth/room-token");
const { REALTIME_PATH } = await import("@/lib/shared/realtime/protocol");
const { createRealtimeServer } = await import("@/server/realtime/realtime-server");
const { roomBusFromEnv } = await import("@/server/realtime/room-bus-from-env");
const { createBenchRooms } = await import("./create-bench-rooms");
const { announceReady, handleControlRequest } = await import("./control");
const { epochNow } = await import("./loop-probe");
const { createPersistenceLog } = await import("./persistence-log");

const UNLOAD_DELAY_MS = Number(process.env.BENCH_UNLOAD_DELAY_MS ?? 100);
/** Unset: the production default (200). The quick run lowers it to see a compaction sooner. */
const COMPACT_AFTER_UPDATES = process.env.BENCH_COMPACT_AFTER_UPDATES
  ? Number(process.env.BENCH_COMPACT_AFTER_UPDATES)
  : undefined;
const compactions = createPersistenceLog();

await migrateDatabase();
const authSecret = process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("hex");
// As server/index.ts runs it: snapshots built in the worker thread.
const store = createPrismaDocumentStore(getPrisma(), databaseProvider(), {
  buildSnapshot: buildSnapshotInWorker,
});
const realtime = createRealtimeServer({
  store: {
    ...store,
    async compact(roomId, upToSeq) {
      const startedAt = epochNow();
      const outcome = await store.compact(roomId, upToSeq);
      if (outcome.compacted) {
        compactions.add({
          kind: "compaction",
          startedAt,
          endedAt: epochNow(),
          syncMs: outcome.builtOffThread ? null : outcome.buildMs,
          offLoopMs: outcome.builtOffThread ? outcome.buildMs : null,
          bytes: outcome.bytes,
        });
      }
      return outcome;
    },
  },
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
  compactAfterUpdates: COMPACT_AFTER_UPDATES,
  bus: await roomBusFromEnv(),
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
