/**
 * A fresh, migrated database per test file: SQLite in a temporary folder by default, or a new
 * PostgreSQL database `cocreate_test_<random>` on 127.0.0.1:5432 when TEST_DATABASE=postgres
 * (override the server with TEST_POSTGRES_URL). PostgreSQL being unreachable then FAILS the
 * test: a green run on PostgreSQL must mean it ran there.
 *
 *   const db = await createTestDatabase();   // beforeAll
 *   ... db.prisma, db.store, db.url, await db.createRoom() ...
 *   await db.drop();                         // afterAll
 *
 * It points DATABASE_URL / DATA_DIR at the new database (restored by `drop`), so `getPrisma()`
 * and child processes started with `{ DATABASE_URL: db.url }` use it too.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { disconnectPrisma, getPrisma, type DbClient } from "@/lib/server/db/client";
import type { DatabaseProvider } from "@/lib/server/db/database-config";
import { migrateDatabase } from "@/lib/server/db/migrate";
import { createPrismaDocumentStore } from "@/lib/server/documents/prisma-document-store";
import { buildSnapshotInWorker } from "@/lib/server/documents/snapshot-worker/snapshot-worker";
import type { RoomDocumentStore } from "@/lib/server/documents/room-document-store";
import { createRoom } from "@/lib/server/rooms/create-room";

export interface TestDatabase {
  provider: DatabaseProvider;
  /** DATABASE_URL of this database (`file:/tmp/...` or `postgresql://...`). */
  url: string;
  /** Folder for DATA_DIR (SQLite file lives here; also usable for other files). */
  dataDir: string;
  prisma: DbClient;
  store: RoomDocumentStore;
  /** Creates a trainer-owned room (with the initial document) and returns its id. */
  createRoom(name?: string): Promise<string>;
  /** Disconnects, deletes the database and its folder, and restores the environment. */
  drop(): Promise<void>;
}

export function testDatabaseProvider(): DatabaseProvider {
  return process.env.TEST_DATABASE === "postgres" ? "postgres" : "sqlite";
}

const POSTGRES_SERVER_URL =
  process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: POSTGRES_SERVER_URL,
    connectionTimeoutMillis: 5_000,
  });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `TEST_DATABASE=postgres but PostgreSQL at ${POSTGRES_SERVER_URL} is unreachable: ${String(error)}`,
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function createPostgresDatabase(): Promise<{
  url: string;
  dropDatabase: () => Promise<void>;
}> {
  const name = `cocreate_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(POSTGRES_SERVER_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dropDatabase: () =>
      withAdminClient((client) =>
        client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      ).then(() => {}),
  };
}

export interface TestDatabaseOptions {
  /** Run migrateDatabase() before returning (default true); false gives an empty database. */
  migrate?: boolean;
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const provider = testDatabaseProvider();
  const previousEnv = { DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: process.env.DATA_DIR };
  const dataDir = await mkdtemp(path.join(tmpdir(), "cocreate-test-"));
  const postgres = provider === "postgres" ? await createPostgresDatabase() : null;
  const url = postgres ? postgres.url : `file:${path.join(dataDir, "cocreate.db")}`;

  await disconnectPrisma();
  process.env.DATABASE_URL = url;
  process.env.DATA_DIR = dataDir;
  if (options.migrate !== false) await migrateDatabase();
  const prisma = getPrisma();
  // As the server runs it: snapshots built in the worker thread.
  const store = createPrismaDocumentStore(prisma, provider, { buildSnapshot: buildSnapshotInWorker });
  let ownerId: string | undefined;

  return {
    provider,
    url,
    dataDir,
    prisma,
    store,
    async createRoom(name = "Test room") {
      ownerId ??= (
        await prisma.user.create({
          data: { kind: "trainer", name: "Test Trainer" },
          select: { id: true },
        })
      ).id;
      return (await createRoom({ name, ownerId }, prisma)).roomId;
    },
    async drop() {
      await disconnectPrisma();
      await postgres?.dropDatabase();
      await rm(dataDir, { recursive: true, force: true });
      for (const [key, value] of Object.entries(previousEnv)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    },
  };
}
