/**
 * A per-address rate limiter that is one count over all instances when there is a limits Redis
 * (limits-redis.ts), and this process's memory otherwise (one process: no service needed). Used
 * by the join route (join-attempts.ts) and the realtime server's connection rate alike.
 *
 * When Redis cannot answer (down, unreachable, slower than the command timeout) each check falls
 * back to an in-memory limiter with the same points: the limit then holds per instance again, as
 * it does in a single process. Neither failing open (no limit at all while Redis is away) nor
 * failing closed (refusing everyone): Redis also carries the room bus, so while it is away people
 * keep working on the instance they are on, and a Redis hiccup must not lock a whole school out
 * of its session; the in-memory count still stops a flooder, with at most N× the allowance on N
 * instances until Redis is back.
 */
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import type { LimitsRedis } from "./limits-redis";

export interface SharedRateLimit {
  /** Part of the Redis key (`<prefix>:limits:<name>:<address>`); unique per limit. */
  name: string;
  points: number;
  durationSeconds: number;
}

/** A rate limiter shared through `redis` when given, else in this process's memory. */
export function createSharedRateLimiter(
  limit: SharedRateLimit,
  redis: LimitsRedis | null,
): RateLimiterAbstract {
  const options = { points: limit.points, duration: limit.durationSeconds };
  const inMemory = new RateLimiterMemory(options);
  if (!redis) return inMemory;
  return new RateLimiterRedis({
    ...options,
    storeClient: redis.client,
    keyPrefix: `${redis.prefix}:limits:${limit.name}`,
    // A connection that is not ready answers from memory at once instead of erroring.
    rejectIfRedisNotReady: true,
    insuranceLimiter: inMemory,
  });
}
