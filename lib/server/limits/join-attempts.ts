/**
 * Guessing join codes: an address may try JOIN_FAILURES_PER_MINUTE wrong codes a minute
 * (default in lib/shared/realtime/limits.ts); past that every join from it is answered with HTTP
 * 429 `rate_limited` until the minute is over. Right codes cost nothing, so a class behind one
 * school router is not held up by a few typos. In this process's memory; with several instances
 * the same options on rate-limiter-flexible's RateLimiterRedis give one shared count.
 */
import { RateLimiterMemory } from "rate-limiter-flexible";
import { AppError, isAppError } from "@/lib/server/errors";
import { DEFAULT_JOIN_FAILURES_PER_MINUTE } from "@/lib/shared/realtime/limits";

const WINDOW_SECONDS = 60;

function failuresPerMinute(): number {
  const value = Number(process.env.JOIN_FAILURES_PER_MINUTE ?? DEFAULT_JOIN_FAILURES_PER_MINUTE);
  return Number.isInteger(value) && value >= 1 ? value : DEFAULT_JOIN_FAILURES_PER_MINUTE;
}

// One count per process, also when Next loads this module more than once (dev reloads).
const holder = globalThis as typeof globalThis & { cocreateJoinFailures?: RateLimiterMemory };

function failures(): RateLimiterMemory {
  holder.cocreateJoinFailures ??= new RateLimiterMemory({
    points: failuresPerMinute(),
    duration: WINDOW_SECONDS,
  });
  return holder.cocreateJoinFailures;
}

/**
 * Runs `join` for a request from `address` unless the address is over its limit (then throws
 * AppError "rate_limited", 429, with a Retry-After); a `join_code_not_found` counts as a failure.
 */
export async function withJoinAttemptLimit<T>(address: string, join: () => Promise<T>): Promise<T> {
  const limiter = failures();
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
