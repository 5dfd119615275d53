/** What the figures were measured on and with: machine, Node, package versions, git commit. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";

export interface BenchEnvironment {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  versions: Record<string, string>;
  commit: string | null;
  pinned: boolean;
  /** 1-minute load average when the run started and when it ended (other work on the machine). */
  loadAverage: { start: number; end: number };
}

const PACKAGES = [
  "yjs",
  "y-websocket",
  "y-protocols",
  "ws",
  "@y/websocket-server",
  "@hocuspocus/server",
  "@hocuspocus/extension-sqlite",
  "@hocuspocus/provider",
  "crossws",
  "better-sqlite3",
  "@prisma/client",
  "next",
  "tldraw",
  "playwright-core",
  "pg",
  "ioredis",
];

export function describeEnvironment(pinned: boolean, loadAverageAtStart: number): BenchEnvironment {
  const cpuinfo = safeRead("/proc/cpuinfo");
  const cpuModel =
    /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? "unknown";
  const versions: Record<string, string> = {};
  for (const name of PACKAGES) {
    const manifest = safeRead(`node_modules/${name}/package.json`);
    versions[name] = manifest
      ? (JSON.parse(manifest) as { version: string }).version
      : "not installed";
  }
  versions["ws (used by @y/websocket-server)"] = (
    JSON.parse(
      safeRead("node_modules/@y/websocket-server/node_modules/ws/package.json") ||
        '{"version":"= ws"}',
    ) as {
      version: string;
    }
  ).version;
  return {
    cpuModel,
    // os.cpus(), not availableParallelism(): this process is pinned to one core by now.
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    versions,
    commit: gitCommit(),
    pinned,
    loadAverage: { start: loadAverageAtStart, end: os.loadavg()[0] ?? Number.NaN },
  };
}

function gitCommit(): string | null {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    const dirty =
      execFileSync("git", ["status", "--porcelain"], { stdio: ["ignore", "pipe", "ignore"] })
        .length > 0;
    return `${commit.toString().trim()}${dirty ? " (with uncommitted changes)" : ""}`;
  } catch {
    return null;
  }
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
