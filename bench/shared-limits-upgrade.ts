/**
 * What counting the connection limits in Redis costs a new websocket connection: one realtime
 * server in this process, connections opened one after another (socket created → the server's
 * first message, i.e. token checked, address counted, room slot taken, room joined), first with
 * the limits in memory (one process), then on the local Redis (sharedLimits, as with REDIS_URL:
 * RateLimiterRedis for the address, the room's sorted set for the slot), alternating rounds.
 * The limits are set high so nobody is refused; only their bookkeeping is measured.
 *
 *   npx tsx bench/shared-limits-upgrade.ts      (needs Redis at 127.0.0.1:6379; SQLite store)
 *
 * CONNECTIONS (default 200) per round, ROUNDS (default 3) per mode. Not part of `npm run bench`.
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { openLimitsRedis } from "@/lib/server/limits/limits-redis";
import { admission } from "@/tests/helpers/multi-instance";
import { RealtimeHarness } from "@/tests/helpers/realtime-harness";
import { summarizeLatencies } from "./stats";

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 200);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379";
const HIGH = 1_000_000;

async function round(shared: boolean, into: number[]): Promise<void> {
  const redis = shared ? openLimitsRedis(REDIS_URL, `cocreate-bench-${randomUUID()}`) : null;
  await redis?.ready;
  const harness = await RealtimeHarness.start({
    limits: { connectionsPerMinute: HIGH, roomMaxConnections: HIGH },
    sharedLimits: redis,
  });
  try {
    const roomId = await harness.createRoom();
    const token = await harness.token(roomId);
    for (let index = 0; index < CONNECTIONS; index++) {
      const startedAt = performance.now();
      const socket = harness.rawSocket(roomId, token);
      const outcome = await admission(socket);
      if (outcome !== "admitted") throw new Error(`refused with ${outcome}`);
      if (index >= 10) into.push(performance.now() - startedAt);
      socket.close();
    }
  } finally {
    await harness.close();
    await redis?.client.quit();
  }
}

async function main(): Promise<void> {
  const memory: number[] = [];
  const redis: number[] = [];
  for (let index = 0; index < ROUNDS; index++) {
    await round(false, memory);
    await round(true, redis);
  }
  const show = (name: string, samples: number[]) => {
    const summary = summarizeLatencies(samples);
    console.log(
      `${name}: ${summary.count} connections, p50 ${summary.p50.toFixed(2)} ms, ` +
        `p99 ${summary.p99.toFixed(2)} ms, max ${summary.max.toFixed(2)} ms`,
    );
  };
  show("limits in memory", memory);
  show("limits in Redis ", redis);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
