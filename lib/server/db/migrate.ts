/**
 * Brings the database up to date at start-up, as `prisma migrate deploy` would, without the
 * Prisma CLI (its native engine is a download we cannot count on; see prisma/README.md).
 *
 * Applies each pending prisma/<provider>/migrations/<name>/migration.sql in name order, each in
 * its own transaction, and records it in Prisma's `_prisma_migrations` table (created if absent,
 * same columns). Calling it again applies nothing. Safe from several processes at once: PostgreSQL
 * serialises on Prisma's advisory lock, SQLite on its write lock (BEGIN IMMEDIATE).
 */
import { logger } from "@/lib/server/logger";
import { resolveDatabaseConfig } from "./database-config";
import { defaultMigrationsDir, readMigrations } from "./migrations";
import { migratePostgres } from "./migrate-postgres";
import { migrateSqlite } from "./migrate-sqlite";

export interface MigrateOptions {
  /** Folder of migrations; default prisma/<provider>/migrations under the working directory. */
  migrationsDir?: string;
}

export async function migrateDatabase(
  options: MigrateOptions = {},
): Promise<{ applied: string[] }> {
  const config = resolveDatabaseConfig();
  const migrations = readMigrations(options.migrationsDir ?? defaultMigrationsDir(config.provider));
  const applied =
    config.provider === "postgres"
      ? await migratePostgres(config.url, migrations)
      : migrateSqlite(config.filePath, migrations);
  if (applied.length > 0) logger.info({ applied, provider: config.provider }, "database migrated");
  return { applied };
}
