/**
 * The limiters in lib/server/limits/ as two instances use them: two join-attempt limits on one
 * Redis (what the join route does on two instances) count wrong codes together; with Redis
 * unreachable, each limit and the room slots count in memory instead, without hanging.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/server/errors";
import { createJoinAttemptLimit } from "@/lib/server/limits/join-attempts";
import { openLimitsRedis, type LimitsRedis } from "@/lib/server/limits/limits-redis";
import { RedisRoomSlots } from "@/server/realtime/limits/redis-room-slots";
import { requireMultiInstanceServices, TEST_REDIS_URL } from "@/tests/helpers/multi-instance";

const wrongCode = () => Promise.reject(new AppError("join_code_not_found", 404, "no such code"));
const rightCode = () => Promise.resolve("joined");

async function outcomeOf(attempt: Promise<string>): Promise<string> {
  try {
    return await attempt;
  } catch (error) {
    return error instanceof AppError ? `${error.status} ${error.code}` : String(error);
  }
}

const connections: LimitsRedis[] = [];
function connect(url: string, prefix: string): LimitsRedis {
  const redis = openLimitsRedis(url, prefix);
  connections.push(redis);
  return redis;
}

beforeAll(async () => {
  await requireMultiInstanceServices();
});
afterAll(() => {
  for (const redis of connections) redis.client.disconnect();
});

describe("wrong join codes per address on two instances", () => {
  it("counts wrong codes tried on either instance together, per address", async () => {
    const prefix = `cocreate-test-${randomUUID()}`;
    const first = connect(TEST_REDIS_URL, prefix);
    const second = connect(TEST_REDIS_URL, prefix);
    await Promise.all([first.ready, second.ready]);
    const onA = createJoinAttemptLimit(3, first);
    const onB = createJoinAttemptLimit(3, second);
    const guesser = "198.51.100.20";

    const tried = [];
    for (const limit of [onA, onB, onA]) tried.push(await outcomeOf(limit(guesser, wrongCode)));
    expect(tried).toEqual(Array(3).fill("404 join_code_not_found"));
    // Past the limit every join of that address is refused on both, even with the right code.
    expect(await outcomeOf(onB(guesser, rightCode))).toBe("429 rate_limited");
    expect(await outcomeOf(onA(guesser, rightCode))).toBe("429 rate_limited");
    expect(await outcomeOf(onB("198.51.100.21", rightCode))).toBe("joined");
  });
});

describe("with Redis unreachable", () => {
  const unreachable = "redis://127.0.0.1:1";

  it("limits join attempts per instance in memory instead", async () => {
    const onA = createJoinAttemptLimit(2, connect(unreachable, "cocreate-test-away"));
    const guesser = "198.51.100.30";
    expect(await outcomeOf(onA(guesser, wrongCode))).toBe("404 join_code_not_found");
    expect(await outcomeOf(onA(guesser, wrongCode))).toBe("404 join_code_not_found");
    expect(await outcomeOf(onA(guesser, rightCode))).toBe("429 rate_limited");
    expect(await outcomeOf(onA("198.51.100.31", rightCode))).toBe("joined");
  });

  it("limits a room on this instance's own count, facilitators still in", async () => {
    const slots = new RedisRoomSlots({
      redis: connect(unreachable, "cocreate-test-away"),
      instanceId: "away",
      maxPerRoom: 2,
    });
    const held = [await slots.take("room", false), await slots.take("room", false)];
    expect(held.every((slot) => slot !== null)).toBe(true);
    expect(await slots.take("room", false)).toBeNull();
    const trainer = await slots.take("room", true);
    expect(trainer).not.toBeNull();
    held[0]!.release();
    trainer!.release();
    expect(await slots.take("room", false)).not.toBeNull();
    slots.close();
  });
});
