/**
 * The Redis connection that limits shared by several instances are counted on (REDIS_URL): the
 * per-address connection rate, wrong join codes (shared-rate-limiter.ts) and the room slots of
 * the realtime server. One connection per process, held on globalThis so the Next routes (which
 * Next bundles as separate module copies) and server/ use the same one. Without REDIS_URL there
 * is none and every limit stays in this process's memory, as in a single process.
 *
 * Commands fail at once instead of waiting while Redis is away (no offline queue, a command
 * timeout), so a limit check never holds a request up: the caller falls back to memory.
 */
import { Redis } from "ioredis";
import { logger } from "@/lib/server/logger";

export interface LimitsRedis {
  client: Redis;
  /** Key prefix (REDIS_PREFIX, default "cocreate"); limit keys live under `<prefix>:limits:`. */
  prefix: string;
  /** Resolves once the connection is first ready. */
  ready: Promise<void>;
}

/** A check that Redis does not answer within this time is decided in memory instead. */
const COMMAND_TIMEOUT_MS = 1_000;

/** A new connection (tests, or a process that wants its own); `sharedLimitsRedis` for the app. */
export function openLimitsRedis(url: string, prefix = "cocreate"): LimitsRedis {
  const client = new Redis(url, {
    connectionName: "cocreate-limits",
    enableOfflineQueue: false,
    commandTimeout: COMMAND_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
  });
  client.on("error", (error) => logger.warn({ err: error, connection: "limits" }, "redis error"));
  const ready = new Promise<void>((resolve) => client.once("ready", () => resolve()));
  return { client, prefix, ready };
}

const holder = globalThis as typeof globalThis & { cocreateLimitsRedis?: LimitsRedis | null };

/** This process's limits connection from REDIS_URL and REDIS_PREFIX; null without REDIS_URL. */
export function sharedLimitsRedis(
  env: Readonly<Record<string, string | undefined>> = process.env,
): LimitsRedis | null {
  if (holder.cocreateLimitsRedis === undefined) {
    const url = env.REDIS_URL?.trim();
    holder.cocreateLimitsRedis = url
      ? openLimitsRedis(url, env.REDIS_PREFIX?.trim() || undefined)
      : null;
  }
  return holder.cocreateLimitsRedis;
}

/** Closes this process's limits connection, if any (at shutdown). */
export async function closeSharedLimitsRedis(): Promise<void> {
  const redis = holder.cocreateLimitsRedis;
  holder.cocreateLimitsRedis = undefined;
  if (redis) await redis.client.quit().catch(() => redis.client.disconnect());
}
