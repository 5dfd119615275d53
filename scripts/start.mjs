// `npm start`: builds what is missing (generated Prisma client, tldraw assets, Next build), then
// runs the one Cocreate process in production mode. Rebuild after changing code: `npm run build`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync("lib/server/db/generated")) run("npm", ["run", "db:generate"]);
if (!existsSync(".next/BUILD_ID")) {
  process.stdout.write("First start: building the app (about a minute)…\n");
  run("npm", ["run", "build"]);
}
env.NODE_ENV = "production";
run("npx", ["tsx", "server/index.ts"]);
