/**
 * The servers a run compares ("targets"). A target is one or more server processes of one
 * kind; clients are spread over its instances round-robin, rooms are created through the first.
 *
 * Adding a variant: a `TargetSpec` with its entry file, its wire protocol, how many instances,
 * and `prepare` for what the instances share (a database, a Redis, a token secret). The
 * "Cocreate, two instances on PostgreSQL + Redis" variant below is the example: the same entry
 * as the single process, started twice with BENCH_DATABASE_URL / REDIS_URL / NEXTAUTH_SECRET.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import pg from "pg";
import { startServerProcess, type MemoryReading, type ServerProcess } from "./server-process";

/** How clients talk to the server: y-websocket's protocol, or Hocuspocus's (documentName-prefixed). */
export type WireProtocol = "y-websocket" | "hocuspocus";

export type TargetKey = "y-websocket" | "hocuspocus" | "cocreate" | "cocreate-multi";

export interface TargetSpec {
  key: TargetKey;
  /** Column header in the report. */
  label: string;
  entry: string;
  protocol: WireProtocol;
  instances: number;
  /** Whether the target writes documents to disk (cold opens, compaction or flushes). */
  persists: boolean;
  /** Shared environment of the instances; `cleanup` runs after they stopped. */
  prepare?: () => Promise<{ env: Record<string, string>; cleanup(): Promise<void> }>;
}

/** One or more server processes of one target, driven as one (control calls: see ServerProcess). */
export interface BenchTarget extends Omit<ServerProcess, "baseUrl" | "wsUrl"> {
  spec: TargetSpec;
  protocol: WireProtocol;
  instances: ServerProcess[];
  /** The websocket URL for client number `index` (instances round-robin). */
  wsUrlFor(index: number): string;
}

const POSTGRES_ADMIN_URL =
  process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379";

export const TARGETS: Record<TargetKey, TargetSpec> = {
  "y-websocket": {
    key: "y-websocket",
    label: "@y/websocket-server",
    entry: "bench/servers/y-websocket-server.ts",
    protocol: "y-websocket",
    instances: 1,
    persists: false,
  },
  hocuspocus: {
    key: "hocuspocus",
    label: "Hocuspocus + SQLite",
    entry: "bench/servers/hocuspocus-server.ts",
    protocol: "hocuspocus",
    instances: 1,
    persists: true,
  },
  cocreate: {
    key: "cocreate",
    label: "Cocreate (SQLite)",
    entry: "bench/servers/cocreate-server.ts",
    protocol: "y-websocket",
    instances: 1,
    persists: true,
  },
  "cocreate-multi": {
    key: "cocreate-multi",
    label: "Cocreate ×2 (PostgreSQL + Redis)",
    entry: "bench/servers/cocreate-server.ts",
    protocol: "y-websocket",
    instances: 2,
    persists: true,
    prepare: preparePostgresAndRedis,
  },
};

/**
 * Whether the multi-instance variant can run: the server has its Redis room bus (branch
 * `multi`), and was not left out. Without the bus two instances would not see each other's
 * clients, so its figures would be meaningless.
 */
export function multiInstanceSupport(): { available: true } | { available: false; reason: string } {
  if (!existsSync("server/realtime/room-bus.ts"))
    return {
      available: false,
      reason: "this build has no cross-instance room bus yet (server/realtime/room-bus.ts)",
    };
  return { available: true };
}

/**
 * Starts every instance of `spec` (one after the other: the first one migrates the database),
 * with `env` added to their environment.
 */
export async function startTarget(
  spec: TargetSpec,
  core: number | null,
  env: Record<string, string> = {},
): Promise<BenchTarget> {
  const prepared = (await spec.prepare?.()) ?? { env: {}, cleanup: async () => {} };
  const shared = { ...prepared, env: { ...env, ...prepared.env } };
  const instances: ServerProcess[] = [];
  try {
    for (let index = 0; index < spec.instances; index++) {
      const name = spec.instances > 1 ? `${spec.key}#${index + 1}` : spec.key;
      instances.push(await startServerProcess(name, spec.entry, { core, env: shared.env }));
    }
  } catch (error) {
    await Promise.all(instances.map((instance) => instance.stop()));
    await shared.cleanup();
    throw error;
  }
  const all = <T>(read: (instance: ServerProcess) => Promise<T>) =>
    Promise.all(instances.map(read));
  const first = instances[0]!;
  return {
    spec,
    name: spec.key,
    protocol: spec.protocol,
    instances,
    wsUrlFor: (index) => instances[index % instances.length]!.wsUrl,
    createRooms: (count) => first.createRooms(count),
    memory: async () => {
      const readings = await all((instance) => instance.memory());
      const sum = (field: keyof MemoryReading) =>
        readings.reduce((total, reading) => total + reading[field], 0);
      return {
        rss: sum("rss"),
        heapUsed: sum("heapUsed"),
        heapTotal: sum("heapTotal"),
        external: sum("external"),
        arrayBuffers: sum("arrayBuffers"),
      };
    },
    // Summed over instances; the loop: the worst instance's figures, every instance's stalls.
    stats: async () => {
      const stats = await all((instance) => instance.stats());
      return {
        rooms: stats.reduce((total, { rooms }) => total + rooms, 0),
        connections: stats.reduce((total, { connections }) => total + connections, 0),
      };
    },
    loop: async (reset) => {
      const readings = await all((instance) => instance.loop(reset));
      return {
        maxDelayMs: Math.max(...readings.map((reading) => reading.maxDelayMs)),
        p99DelayMs: Math.max(...readings.map((reading) => reading.p99DelayMs)),
        maxStallMs: Math.max(...readings.map((reading) => reading.maxStallMs)),
        stalls: readings.flatMap((reading) => reading.stalls),
      };
    },
    persistence: async (reset) => (await all((instance) => instance.persistence(reset))).flat(),
    stop: async () => {
      await Promise.all(instances.map((instance) => instance.stop()));
      await shared.cleanup();
    },
  };
}

/**
 * A fresh PostgreSQL database for one start of the variant, Redis under a prefix of its own
 * (other work may share the Redis), one auth secret.
 */
async function preparePostgresAndRedis() {
  const name = `cocreate_bench_${randomBytes(6).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    env: {
      BENCH_DATABASE_URL: url.toString(),
      REDIS_URL,
      REDIS_PREFIX: name,
      NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    },
    cleanup: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
