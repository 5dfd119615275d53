/**
 * Backs up the whole database the server uses (DATABASE_URL / DATA_DIR) into one file; safe
 * while the server runs:
 *
 *   npm run db:backup -- backups/cocreate-2025-06-01.backup
 *
 * SQLite: a SQLite file made with SQLite's online backup API. PostgreSQL: a pg_dump custom-format
 * archive (pg_dump must be on PATH). Restore with `npm run db:restore -- <file>`.
 */
import { parseArgs } from "node:util";
import { backupDatabase } from "@/lib/server/db/backup/backup-database";
import { resolveDatabaseConfig } from "@/lib/server/db/database-config";

const USAGE = "Usage: npm run db:backup -- <file>";

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    options: { help: { type: "boolean", short: "h", default: false } },
    allowPositionals: true,
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const [file, ...rest] = positionals;
  if (!file || rest.length > 0) throw new Error(USAGE);
  const result = await backupDatabase(file, resolveDatabaseConfig());
  process.stdout.write(`Backed up the ${result.provider} database to ${result.file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`db:backup: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
