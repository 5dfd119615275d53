/**
 * Guessing join codes: an address may try JOIN_FAILURES_PER_MINUTE wrong codes a minute
 * (default in lib/shared/realtime/limits.ts); past that every join from it is answered with HTTP
 * 429 `rate_limited` until the minute is over. Right codes cost nothing, so a class behind one
 * school router is not held up by a few typos. One count over all instances with REDIS_URL
 * (shared-rate-limiter.ts, which also says what happens while Redis is away); in this process's
 * memory otherwise.
 */
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { AppError, isAppError } from "@/lib/server/errors";
import { DEFAULT_JOIN_FAILURES_PER_MINUTE } from "@/lib/shared/realtime/limits";
import { sharedLimitsRedis, type LimitsRedis } from "./limits-redis";
import { createSharedRateLimiter } from "./shared-rate-limiter";

export type JoinAttemptLimit = <T>(address: string, join: () => Promise<T>) => Promise<T>;

function failuresPerMinute(): number {
  const value = Number(process.env.JOIN_FAILURES_PER_MINUTE ?? DEFAULT_JOIN_FAILURES_PER_MINUTE);
  return Number.isInteger(value) && value >= 1 ? value : DEFAULT_JOIN_FAILURES_PER_MINUTE;
}

/**
 * A join-attempt limit of `failuresPerMinute` wrong codes per address, counted on `redis` (every
 * limit made with the same Redis and prefix shares the count) or in memory when null.
 */
export function createJoinAttemptLimit(
  failuresPerMinute: number,
  redis: LimitsRedis | null,
): JoinAttemptLimit {
  const limiter = createSharedRateLimiter(
    { name: "join-failures", points: failuresPerMinute, durationSeconds: 60 },
    redis,
  );
  return <T>(address: string, join: () => Promise<T>) => limitJoin(limiter, address, join);
}

async function limitJoin<T>(
  limiter: RateLimiterAbstract,
  address: string,
  join: () => Promise<T>,
): Promise<T> {
  const used = await limiter.get(address);
  if (used && used.consumedPoints >= limiter.points) {
    throw new AppError(
      "rate_limited",
      429,
      "Too many wrong codes from your network. Wait a minute and try again.",
      Math.ceil(used.msBeforeNext / 1000),
    );
  }
  try {
    return await join();
  } catch (error) {
    if (isAppError(error) && error.code === "join_code_not_found") {
      await limiter.penalty(address);
    }
    throw error;
  }
}

// One limit per process, also when Next loads this module more than once (dev reloads).
const holder = globalThis as typeof globalThis & { cocreateJoinAttemptLimit?: JoinAttemptLimit };

/**
 * Runs `join` for a request from `address` unless the address is over its limit (then throws
 * AppError "rate_limited", 429, with a Retry-After); a `join_code_not_found` counts as a failure.
 */
export function withJoinAttemptLimit<T>(address: string, join: () => Promise<T>): Promise<T> {
  holder.cocreateJoinAttemptLimit ??= createJoinAttemptLimit(
    failuresPerMinute(),
    sharedLimitsRedis(),
  );
  return holder.cocreateJoinAttemptLimit(address, join);
}
