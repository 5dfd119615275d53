import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** How long a SQLite connection waits for another writer before failing with SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/**
 * Creates the SQLite file's folder and switches the file to WAL, so readers never block the
 * writer. WAL is a property of the file, so doing this once per open is enough.
 */
export function prepareSqliteFile(filePath: string): void {
  mkdirSync(path.dirname(filePath), { recursive: true });
  const db = new Database(filePath, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}
