/**
 * Starts tests/helpers/realtime-child-server.ts in its own process (node itself, not the tsx
 * CLI: the CLI runs the script in a grandchild that SIGKILL would miss) and resolves with its
 * port once it listens.
 */
import { spawn, type ChildProcess } from "node:child_process";
import {
  MEMORY_REPORT_REQUEST,
  STATS_REQUEST,
  type ChildMemoryReport,
} from "./child-memory-report";
import { TEST_AUTH_SECRET } from "./realtime-harness";

export interface RealtimeChild {
  process: ChildProcess;
  port: number;
  /** kill -9, resolving once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM (a graceful shutdown, as a deployment's restart does), resolving once it exited. */
  stop(): Promise<void>;
  /** The child's memory, rooms, connections, timers and live instances after a forced GC. */
  memoryReport(): Promise<ChildMemoryReport>;
  /** The child's loaded rooms and open connections (cheap). */
  stats(): Promise<{ rooms: number; connections: number }>;
}

/** `env` adds to the test's environment: DATABASE_URL, and REDIS_URL etc. as needed. */
export function startRealtimeChild(env: Record<string, string>, port = 0): Promise<RealtimeChild> {
  const child = spawn(
    process.execPath,
    ["--expose-gc", "--import", "tsx", "tests/helpers/realtime-child-server.ts"],
    {
      env: {
        ...process.env,
        REALTIME_TEST_SECRET: TEST_AUTH_SECRET,
        PORT: String(port),
        NODE_ENV: "test",
        ...env,
      },
      stdio: ["ignore", "pipe", "inherit", "ipc"],
    },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const isRunning = () => child.exitCode === null && child.signalCode === null;
  const endWith = async (signal: NodeJS.Signals) => {
    if (isRunning()) child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\d+)/.exec(output);
      if (!match) return;
      output = "";
      resolve({
        process: child,
        port: Number(match[1]),
        kill: () => endWith("SIGKILL"),
        stop: () => endWith("SIGTERM"),
        memoryReport: () => request<ChildMemoryReport>(child, MEMORY_REPORT_REQUEST),
        stats: () => request<{ rooms: number; connections: number }>(child, STATS_REQUEST),
      });
    });
    child.once("exit", (code) => reject(new Error(`realtime child exited with ${code}`)));
  });
}

/** Sends `message` over IPC and resolves with the child's answer (one request at a time). */
function request<Answer>(child: ChildProcess, message: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const onExit = () => reject(new Error("realtime child exited before it reported"));
    child.once("exit", onExit);
    child.once("message", (report) => {
      child.off("exit", onExit);
      resolve(report as Answer);
    });
    child.send(message);
  });
}
