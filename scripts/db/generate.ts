/**
 * Generates both Prisma clients (lib/server/db/generated/{sqlite,postgres}, gitignored):
 *
 *   npx tsx scripts/db/generate.ts
 *
 * Works offline. Prisma 7's CLI tries to download its native schema engine before any command,
 * although `generate` never uses it; pointing PRISMA_SCHEMA_ENGINE_BINARY at an existing file
 * (the Node binary, never executed here) skips the download.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");

for (const provider of ["sqlite", "postgres"] as const) {
  const result = spawnSync(
    process.execPath,
    [prismaCli, "generate", "--schema", `prisma/${provider}/schema.prisma`],
    {
      cwd: ROOT,
      stdio: "inherit",
      env: {
        ...process.env,
        PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
        CHECKPOINT_DISABLE: "1",
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
