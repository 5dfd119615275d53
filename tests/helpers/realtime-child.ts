/**
 * Starts tests/helpers/realtime-child-server.ts in its own process (node itself, not the tsx
 * CLI: the CLI runs the script in a grandchild that SIGKILL would miss) and resolves with its
 * port once it listens.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { TEST_AUTH_SECRET } from "./realtime-harness";

export interface RealtimeChild {
  process: ChildProcess;
  port: number;
  /** kill -9, resolving once the process is gone. */
  kill(): Promise<void>;
}

/** `env` adds to the test's environment: DATABASE_URL, and REDIS_URL etc. as needed. */
export function startRealtimeChild(env: Record<string, string>, port = 0): Promise<RealtimeChild> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/realtime-child-server.ts"], {
    env: {
      ...process.env,
      REALTIME_TEST_SECRET: TEST_AUTH_SECRET,
      PORT: String(port),
      NODE_ENV: "test",
      ...env,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\d+)/.exec(output);
      if (!match) return;
      resolve({
        process: child,
        port: Number(match[1]),
        async kill() {
          if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
          await exited;
        },
      });
    });
    child.once("exit", (code) => reject(new Error(`realtime child exited with ${code}`)));
  });
}
