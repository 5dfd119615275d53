/** Runs PostgreSQL's client tools (pg_dump, pg_restore) against a DATABASE_URL. */
import { spawn } from "node:child_process";

/** Query parameters Prisma or node-postgres accept that libpq would refuse. */
const NON_LIBPQ_PARAMS = ["schema", "connection_limit", "pool_timeout", "pgbouncer", "socket_timeout"];

/**
 * The URL libpq understands, with the password moved to PGPASSWORD so it never shows in the
 * process list.
 */
export function libpqConnection(url: string): { dbname: string; env: Record<string, string> } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  for (const name of NON_LIBPQ_PARAMS) parsed.searchParams.delete(name);
  return { dbname: parsed.toString(), env: password ? { PGPASSWORD: password } : {} };
}

/** Runs `tool args… --dbname=<url>`; rejects with the tool's own error output when it fails. */
export function runPostgresTool(tool: string, url: string, args: string[]): Promise<void> {
  const { dbname, env } = libpqConnection(url);
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [...args, `--dbname=${dbname}`], {
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, ...env },
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "ENOENT"
          ? new Error(`${tool} was not found on PATH: install PostgreSQL's client tools.`)
          : error,
      ),
    );
    child.once("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${tool} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}
