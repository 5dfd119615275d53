/**
 * Restores a backup made by `npm run db:backup` into the database the server is configured for
 * (DATABASE_URL / DATA_DIR). Stop the server first.
 *
 *   npm run db:restore -- backups/cocreate-2025-06-01.backup [--force]
 *
 * The target must be empty (a new SQLite path or a new PostgreSQL database); `--force` replaces
 * a database that already has tables. Exits 1, writing nothing, when it refuses.
 */
import { parseArgs } from "node:util";
import { resolveDatabaseConfig } from "@/lib/server/db/database-config";
import { restoreDatabase } from "@/lib/server/db/backup/restore-database";

const USAGE = "Usage: npm run db:restore -- <file> [--force]";

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    options: {
      force: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: true,
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const [file, ...rest] = positionals;
  if (!file || rest.length > 0) throw new Error(USAGE);
  const result = await restoreDatabase(file, { force: values.force }, resolveDatabaseConfig());
  const how = result.replaced ? "replacing what was there" : "into the empty database";
  process.stdout.write(`Restored ${file} into the ${result.provider} database, ${how}.\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`db:restore: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
