/**
 * Prisma CLI configuration. Cocreate keeps one schema per database provider (prisma/sqlite and
 * prisma/postgres, identical models); this file picks the one matching DATABASE_URL, the same
 * rule lib/server/db/client.ts uses at run time. Prisma 7 no longer reads `.env` itself, so we
 * load it here (Node's built-in loader; missing file is fine).
 *
 * Note: the CLI is only used for `prisma generate` (see scripts/db/generate.ts). Migrations are
 * written with scripts/db/diff.ts and applied by lib/server/db/migrate.ts, because the CLI's
 * native schema engine cannot be downloaded offline.
 */
import { existsSync } from "node:fs";
import { defineConfig } from "prisma/config";

if (existsSync(".env")) process.loadEnvFile(".env");

const url = process.env.DATABASE_URL ?? "";
const provider = /^postgres(ql)?:\/\//.test(url) ? "postgres" : "sqlite";

export default defineConfig({
  schema: `prisma/${provider}/schema.prisma`,
  migrations: { path: `prisma/${provider}/migrations` },
  ...(url ? { datasource: { url } } : {}),
});
