/** Folder for what a single instance keeps on disk: the SQLite database and the generated secret. */
import path from "node:path";

export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  // Resolved at run time from the environment; tell Turbopack not to trace the whole project.
  return path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR?.trim() || "data");
}
