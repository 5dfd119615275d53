/**
 * The one Prisma client of the process. Kept on globalThis so the Next.js bundle and the custom
 * server (which load this module separately in the same process) share one connection pool
 * and, on SQLite, one writer.
 */
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqlitePrismaClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgres/client";
import { resolveDatabaseConfig, type DatabaseConfig } from "./database-config";
import { prepareSqliteFile, SQLITE_BUSY_TIMEOUT_MS } from "./sqlite-file";

export { databaseProvider, type DatabaseProvider } from "./database-config";

/**
 * The client type callers see. Both schemas have identical models, so the SQLite client's type
 * describes the PostgreSQL client too.
 */
export type DbClient = SqlitePrismaClient;

const holder = globalThis as typeof globalThis & { __cocreatePrisma?: DbClient };

/** A new, unshared client; most code wants `getPrisma()` instead. */
export function createDbClient(config: DatabaseConfig = resolveDatabaseConfig()): DbClient {
  if (config.provider === "postgres") {
    const adapter = new PrismaPg({ connectionString: config.url });
    return new PostgresPrismaClient({ adapter }) as unknown as DbClient;
  }
  prepareSqliteFile(config.filePath);
  const adapter = new PrismaBetterSqlite3({
    url: config.filePath,
    timeout: SQLITE_BUSY_TIMEOUT_MS,
  });
  return new SqlitePrismaClient({ adapter });
}

/** The process-wide client for the database chosen by DATABASE_URL (see database-config.ts). */
export function getPrisma(): DbClient {
  holder.__cocreatePrisma ??= createDbClient();
  return holder.__cocreatePrisma;
}

/** Closes the shared client; the next `getPrisma()` opens a new one (tests switch databases so). */
export async function disconnectPrisma(): Promise<void> {
  const client = holder.__cocreatePrisma;
  holder.__cocreatePrisma = undefined;
  await client?.$disconnect();
}
