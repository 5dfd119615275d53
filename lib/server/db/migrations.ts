/**
 * The migration files shipped in prisma/<provider>/migrations, read the way `prisma migrate
 * deploy` reads them: one folder per migration, applied in name order, identified by name and a
 * SHA-256 checksum of `migration.sql`. The table below is Prisma's, so the Prisma CLI (where it
 * can run) sees the same history.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DatabaseProvider } from "./database-config";

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

/** A row of `_prisma_migrations` as the runners need it. */
export interface AppliedMigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/** Prisma's advisory lock key for migrations; sharing it serialises us with the Prisma CLI too. */
export const PRISMA_MIGRATE_ADVISORY_LOCK = 72707369;

export function defaultMigrationsDir(provider: DatabaseProvider): string {
  return path.resolve(process.env.MIGRATIONS_DIR ?? path.join("prisma", provider, "migrations"));
}

export function readMigrations(migrationsDir: string): MigrationFile[] {
  if (!existsSync(migrationsDir)) throw new Error(`No migrations folder at ${migrationsDir}`);
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, "migration.sql")),
    )
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * Decides what to do with one migration given the rows recorded for it: skip it when a finished,
 * not rolled-back row exists; refuse to go on when Prisma recorded it as failed (needs a human,
 * as with `migrate deploy`'s P3009); otherwise apply it.
 */
export function migrationAction(
  migration: MigrationFile,
  rows: AppliedMigrationRow[],
): "skip" | "apply" {
  const mine = rows.filter(
    (row) => row.migration_name === migration.name && row.rolled_back_at == null,
  );
  if (mine.some((row) => row.finished_at != null)) return "skip";
  if (mine.length > 0) {
    throw new Error(
      `Migration ${migration.name} is recorded as failed in _prisma_migrations. Fix the database, ` +
        `then mark it rolled back (set rolled_back_at) so it can be applied again.`,
    );
  }
  return "apply";
}

export function checksumMismatch(migration: MigrationFile, rows: AppliedMigrationRow[]): boolean {
  return rows.some(
    (row) =>
      row.migration_name === migration.name &&
      row.finished_at != null &&
      row.rolled_back_at == null &&
      row.checksum !== migration.checksum,
  );
}
