/**
 * Which database Cocreate uses, read from the environment once per call:
 * - DATABASE_URL unset            → SQLite file `<DATA_DIR or ./data>/cocreate.db` (the default;
 *                                    a fresh clone needs no database server)
 * - DATABASE_URL=file:<path>       → SQLite at <path> (relative to the working directory)
 * - DATABASE_URL=postgres(ql)://… → PostgreSQL (needed for several server processes)
 */
import path from "node:path";
import { dataDir } from "@/lib/server/data-dir";

export type DatabaseProvider = "sqlite" | "postgres";

export type DatabaseConfig =
  | { provider: "sqlite"; /** Absolute path of the database file. */ filePath: string }
  | { provider: "postgres"; url: string };

export function resolveDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (!url) {
    return { provider: "sqlite", filePath: path.join(dataDir(env), "cocreate.db") };
  }
  if (/^postgres(ql)?:\/\//i.test(url)) return { provider: "postgres", url };
  if (url.startsWith("file:")) {
    // Drop Prisma-style query parameters (`?connection_limit=1`); they mean nothing to SQLite.
    const filePath =
      url
        .slice("file:".length)
        .replace(/^\/\/(?=\/)/, "")
        .split("?")[0] ?? "";
    if (!filePath) throw new Error("DATABASE_URL=file: needs a path, e.g. file:./data/cocreate.db");
    return { provider: "sqlite", filePath: path.resolve(/*turbopackIgnore: true*/ filePath) };
  }
  throw new Error(
    "DATABASE_URL must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)",
  );
}

/** The provider in use, by the same rule as `getPrisma()`. */
export function databaseProvider(): DatabaseProvider {
  return resolveDatabaseConfig().provider;
}
