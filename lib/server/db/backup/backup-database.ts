/**
 * Backs up the whole database Cocreate uses (DATABASE_URL / DATA_DIR) into one file, while the
 * server keeps running:
 * - SQLite: SQLite's online backup API (better-sqlite3 `backup()`), a page-by-page copy that is
 *   consistent even while the server writes, WAL included. The backup is itself a SQLite file.
 * - PostgreSQL: `pg_dump --format=custom` (one snapshot transaction; schema, data, sequences and
 *   the migration history). Needs PostgreSQL's client tools on PATH, at least the server's
 *   major version.
 * The file appears only when the backup is complete (written beside it, then renamed).
 */
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import Database from "better-sqlite3";
import { resolveDatabaseConfig, type DatabaseConfig } from "@/lib/server/db/database-config";
import { SQLITE_BUSY_TIMEOUT_MS } from "@/lib/server/db/sqlite-file";
import { runPostgresTool } from "./postgres-tools";

export interface BackupResult {
  provider: DatabaseConfig["provider"];
  file: string;
}

async function backupSqlite(filePath: string, partialFile: string): Promise<void> {
  if (!existsSync(filePath)) throw new Error(`There is no SQLite database at ${filePath}.`);
  const source = new Database(filePath, {
    readonly: true,
    fileMustExist: true,
    timeout: SQLITE_BUSY_TIMEOUT_MS,
  });
  try {
    await source.backup(partialFile);
  } finally {
    source.close();
  }
}

/** Writes a backup of the configured database to `file` (replacing an older file there). */
export async function backupDatabase(
  file: string,
  config: DatabaseConfig = resolveDatabaseConfig(),
): Promise<BackupResult> {
  const partialFile = `${file}.partial`;
  try {
    if (config.provider === "sqlite") await backupSqlite(config.filePath, partialFile);
    else
      await runPostgresTool("pg_dump", config.url, [
        "--format=custom",
        "--no-owner",
        "--no-acl",
        `--file=${partialFile}`,
      ]);
    await rename(partialFile, file);
  } catch (error) {
    await rm(partialFile, { force: true });
    throw error;
  }
  return { provider: config.provider, file };
}
