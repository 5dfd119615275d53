/**
 * The second peer: @hocuspocus/server with its SQLite extension (@hocuspocus/extension-sqlite,
 * on better-sqlite3) writing to a file in a fresh temporary directory, production defaults
 * otherwise (store debounce 2 s, at most 10 s; documents unloaded as their last client leaves).
 * With persistence because that is how Hocuspocus is deployed for a whiteboard people come back
 * to, and the only way it has a cold open and a persistence flush to compare with Cocreate's.
 * Its durability rule is weaker: the whole document is written at most every 10 s while edited,
 * so a crash loses up to 10 s of edits that clients have already seen.
 *
 * Flushes are recorded for GET /bench/persistence by an extension that runs before the SQLite
 * extension's `onStoreDocument` and after it (`afterStoreDocument`). better-sqlite3 is
 * synchronous, so a flush (encode + write) holds the event loop from start to end.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { Server, type Extension } from "@hocuspocus/server";
import { SQLite } from "@hocuspocus/extension-sqlite";
import { announceReady, handleControlRequest } from "./control";
import { epochNow } from "./loop-probe";
import { createPersistenceLog } from "./persistence-log";

const dataDir = mkdtempSync(path.join(tmpdir(), "hocuspocus-bench-"));
const flushes = createPersistenceLog();
const flushStarts = new Map<string, number>();

const flushRecorder: Extension = {
  extensionName: "BenchFlushRecorder",
  priority: 10_000,
  async onStoreDocument({ documentName }) {
    flushStarts.set(documentName, epochNow());
  },
  async afterStoreDocument({ documentName }) {
    const startedAt = flushStarts.get(documentName);
    if (startedAt === undefined) return;
    flushStarts.delete(documentName);
    flushes.add({ kind: "flush", startedAt, endedAt: epochNow(), syncMs: null, bytes: null });
  },
};

const control: Extension = {
  extensionName: "BenchControl",
  async onRequest({ request, response, instance }) {
    if (!request.url?.startsWith("/bench/")) return;
    await handleControlRequest(request, response, {
      createRooms: async (count) =>
        Array.from({ length: count }, () => ({
          roomId: randomUUID().replaceAll("-", ""),
          token: "",
        })),
      stats: () => ({
        rooms: instance.getDocumentsCount(),
        connections: instance.getConnectionsCount(),
      }),
      persistence: flushes,
    });
    // Hocuspocus's way to say "answered": reject with nothing, so its default reply is skipped.
    throw null;
  },
};

const server = new Server({
  port: 0,
  address: "127.0.0.1",
  quiet: true,
  stopOnSignals: false,
  extensions: [
    flushRecorder,
    new SQLite({ database: path.join(dataDir, "hocuspocus.sqlite") }),
    control,
  ],
});

await server.listen();
announceReady(server.address.port);

process.on("SIGTERM", () => {
  void server.destroy().finally(() => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
});
