/** Applies pending migrations to PostgreSQL (see migrate.ts for the contract). */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { logger } from "@/lib/server/logger";
import {
  checksumMismatch,
  migrationAction,
  PRISMA_MIGRATE_ADVISORY_LOCK,
  type AppliedMigrationRow,
  type MigrationFile,
} from "./migrations";

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export async function migratePostgres(url: string, migrations: MigrationFile[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applied: string[] = [];
  try {
    // Session-level lock: several server processes starting together take turns; each one
    // re-reads the history after getting the lock, so a migration runs exactly once.
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_ADVISORY_LOCK]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<AppliedMigrationRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    for (const migration of migrations) {
      if (migrationAction(migration, rows) === "skip") {
        if (checksumMismatch(migration, rows)) {
          logger.warn({ migration: migration.name }, "applied migration was edited afterwards");
        }
        continue;
      }
      const startedAt = new Date();
      await client.query("BEGIN");
      try {
        // No parameters: pg sends a simple query, which may hold many statements.
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, $4, 1)`,
          [randomUUID(), migration.checksum, migration.name, startedAt],
        );
        await client.query("COMMIT");
        applied.push(migration.name);
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      }
    }
  } finally {
    await client
      .query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_ADVISORY_LOCK])
      .catch(() => {});
    await client.end();
  }
  return applied;
}
