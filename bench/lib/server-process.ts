/**
 * Starts one measured server in its own child process, pinned to its own core when `taskset`
 * exists, and talks to its control endpoints (see bench/servers/control.ts).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import type { BenchRoom, PersistenceEvent } from "../servers/control";
import type { LoopReading } from "../servers/loop-probe";

/** `process.memoryUsage()` of the server process, in bytes, after a forced GC. */
export interface MemoryReading {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

export interface ServerProcess {
  name: string;
  baseUrl: string;
  /** ws:// URL the providers join: `${wsUrl}/<roomId>`. */
  wsUrl: string;
  createRooms(count: number): Promise<BenchRoom[]>;
  memory(): Promise<MemoryReading>;
  stats(): Promise<{ rooms: number; connections: number }>;
  /** Event-loop stalls since the last reset (`reset`: start a new window). */
  loop(reset: boolean): Promise<LoopReading>;
  /** Compactions / persistence flushes since the last reset. */
  persistence(reset: boolean): Promise<PersistenceEvent[]>;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 30_000;

/** True when `taskset` can pin processes on this machine (Linux util-linux, ≥ 2 cores). */
export function canPin(cores: number): boolean {
  if (cores < 2) return false;
  return spawnSync("taskset", ["-c", "0", "true"]).status === 0;
}

/** Pins this process (all its threads) to `core`; false when it could not. */
export function pinSelf(core: number): boolean {
  return spawnSync("taskset", ["-a", "-cp", String(core), String(process.pid)]).status === 0;
}

/**
 * Spawns `node --expose-gc --import tsx <entry>` (under `taskset -c <core>` when given).
 * BENCH_SERVER_NODE_ARGS adds node options to every server, e.g. to profile them:
 * `BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=tmp/prof" npm run bench -- --only=capacity`.
 */
export async function startServerProcess(
  name: string,
  entry: string,
  options: { core: number | null; env?: Record<string, string> },
): Promise<ServerProcess> {
  const extraArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const nodeArgs = ["--expose-gc", ...extraArgs, "--import", "tsx", entry];
  const [command, args] =
    options.core === null
      ? [process.execPath, nodeArgs]
      : ["taskset", ["-c", String(options.core), process.execPath, ...nodeArgs]];
  const child = spawn(command, args, {
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await waitForReady(child, name);
  const baseUrl = `http://127.0.0.1:${port}`;
  const call = async <T>(method: string, path: string): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, { method });
    if (!response.ok)
      throw new Error(`${name} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    name,
    baseUrl,
    wsUrl: `ws://127.0.0.1:${port}/yjs`,
    createRooms: async (count) =>
      (await call<{ rooms: BenchRoom[] }>("POST", `/bench/rooms?count=${count}`)).rooms,
    memory: () => call("GET", "/bench/memory"),
    stats: () => call("GET", "/bench/stats"),
    loop: (reset) => call("GET", `/bench/loop${reset ? "?reset=1" : ""}`),
    persistence: async (reset) =>
      (
        await call<{ events: PersistenceEvent[] }>(
          "GET",
          `/bench/persistence${reset ? "?reset=1" : ""}`,
        )
      ).events,
    stop: () => stopChild(child),
  };
}

function waitForReady(child: ChildProcess, name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} did not start in time`)),
      START_TIMEOUT_MS,
    );
    child.once("exit", (code) =>
      reject(new Error(`${name} exited with ${code} before it was ready`)),
    );
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      if (!line.startsWith("{")) return void process.stderr.write(`[${name}] ${line}\n`);
      const message = JSON.parse(line) as { ready?: boolean; port?: number };
      if (message.ready && typeof message.port === "number") {
        clearTimeout(timer);
        resolve(message.port);
      }
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
