/**
 * Restores a file made by `backupDatabase` into the database Cocreate is configured for
 * (DATABASE_URL / DATA_DIR). Stop the server first. The target must be empty (no tables; a
 * missing SQLite file counts as empty) unless `force` is set, which replaces what is there.
 * - SQLite: the online backup API again, from the backup file into the target file, so the
 *   copy goes through SQLite (its journal and WAL) rather than around it.
 * - PostgreSQL: `pg_restore` in one transaction that stops at the first error, so a failed
 *   restore leaves the target as it was.
 * The migration history travels with the data: the next start applies only newer migrations.
 */
import { mkdir, open, stat } from "node:fs/promises";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { resolveDatabaseConfig, type DatabaseConfig } from "@/lib/server/db/database-config";
import { SQLITE_BUSY_TIMEOUT_MS } from "@/lib/server/db/sqlite-file";
import { libpqConnection, runPostgresTool } from "./postgres-tools";

/** A restore that was refused before anything was written. */
export class RestoreRefused extends Error {}

type BackupKind = DatabaseConfig["provider"];

/** What kind of backup `file` is, from its first bytes (SQLite's header, pg_dump's "PGDMP"). */
export async function backupKindOf(file: string): Promise<BackupKind> {
  const handle = await open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(16), 0, 16, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head.toString("latin1") === "SQLite format 3\0") return "sqlite";
    if (head.subarray(0, 5).toString("latin1") === "PGDMP") return "postgres";
  } finally {
    await handle.close();
  }
  throw new RestoreRefused(`${file} is not a Cocreate backup (neither SQLite nor pg_dump).`);
}

async function sqliteTableCount(filePath: string): Promise<number> {
  const size = await stat(filePath).then((info) => info.size, () => 0);
  if (size === 0) return 0;
  const db = new Database(filePath, { readonly: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    const row = db
      .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .get() as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

async function postgresTableCount(url: string): Promise<number> {
  const { dbname, env } = libpqConnection(url);
  const client = new pg.Client({ connectionString: dbname, password: env.PGPASSWORD });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM information_schema.tables
        WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

/** The backup must be a sound SQLite file holding Cocreate's migration history. */
function openSqliteBackup(file: string): Database.Database {
  const source = new Database(file, { readonly: true, fileMustExist: true });
  const check = source.pragma("quick_check", { simple: true });
  const migrations = source
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
    .get();
  if (check !== "ok" || !migrations) {
    source.close();
    throw new RestoreRefused(`${file} is not a sound Cocreate backup (${String(check)}).`);
  }
  return source;
}

async function restoreSqlite(file: string, filePath: string): Promise<void> {
  const source = openSqliteBackup(file);
  try {
    await mkdir(path.dirname(filePath), { recursive: true });
    await source.backup(filePath);
  } finally {
    source.close();
  }
}

export interface RestoreOptions {
  /** Replace a target that already has tables. */
  force?: boolean;
}

/** Restores `file` into the configured database; throws RestoreRefused for a wrong or busy target. */
export async function restoreDatabase(
  file: string,
  options: RestoreOptions = {},
  config: DatabaseConfig = resolveDatabaseConfig(),
): Promise<{ provider: BackupKind; replaced: boolean }> {
  const kind = await backupKindOf(file);
  if (kind !== config.provider) {
    throw new RestoreRefused(
      `${file} is a ${kind} backup, but DATABASE_URL points at ${config.provider}.`,
    );
  }
  const tables =
    config.provider === "sqlite"
      ? await sqliteTableCount(config.filePath)
      : await postgresTableCount(config.url);
  if (tables > 0 && !options.force) {
    throw new RestoreRefused(
      `The target database is not empty (${tables} tables). Restore into an empty database, or add --force to replace it.`,
    );
  }
  if (config.provider === "sqlite") await restoreSqlite(file, config.filePath);
  else
    await runPostgresTool("pg_restore", config.url, [
      "--no-owner",
      "--no-acl",
      "--exit-on-error",
      "--single-transaction",
      ...(tables > 0 ? ["--clean", "--if-exists"] : []),
      file,
    ]);
  return { provider: kind, replaced: tables > 0 };
}
