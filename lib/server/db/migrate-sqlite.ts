/** Applies pending migrations to a SQLite file (see migrate.ts for the contract). */
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { logger } from "@/lib/server/logger";
import { prepareSqliteFile, SQLITE_BUSY_TIMEOUT_MS } from "./sqlite-file";
import {
  checksumMismatch,
  migrationAction,
  type AppliedMigrationRow,
  type MigrationFile,
} from "./migrations";

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export function migrateSqlite(filePath: string, migrations: MigrationFile[]): string[] {
  prepareSqliteFile(filePath);
  const db = new Database(filePath, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  const applied: string[] = [];
  try {
    // Table rebuilds (Prisma's redefine pattern) drop tables; with foreign keys on, that would
    // fire ON DELETE CASCADE. Turn them off (only possible outside a transaction) and verify
    // integrity with foreign_key_check before each commit instead.
    db.pragma("foreign_keys = OFF");
    db.exec(CREATE_MIGRATIONS_TABLE);
    for (const migration of migrations) {
      // IMMEDIATE takes the write lock first, so a second process waits here and then sees the
      // row the first one wrote.
      db.exec("BEGIN IMMEDIATE");
      try {
        const rows = db
          .prepare(
            `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
          )
          .all() as AppliedMigrationRow[];
        if (migrationAction(migration, rows) === "skip") {
          if (checksumMismatch(migration, rows)) {
            logger.warn({ migration: migration.name }, "applied migration was edited afterwards");
          }
          db.exec("COMMIT");
          continue;
        }
        const startedAt = Date.now();
        db.exec(migration.sql);
        const violations = db.pragma("foreign_key_check") as unknown[];
        if (violations.length > 0) {
          throw new Error(
            `Migration ${migration.name} leaves ${violations.length} foreign key violations`,
          );
        }
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES (?, ?, ?, ?, ?, 1)`,
        ).run(randomUUID(), migration.checksum, Date.now(), migration.name, startedAt);
        db.exec("COMMIT");
        applied.push(migration.name);
      } catch (error) {
        if (db.inTransaction) db.exec("ROLLBACK");
        throw error;
      }
    }
  } finally {
    db.close();
  }
  return applied;
}
