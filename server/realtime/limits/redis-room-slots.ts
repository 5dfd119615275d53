/**
 * Room slots counted over all instances (REDIS_URL). Each room has a sorted set
 * `<prefix>:limits:room:<roomId>` with one member per open connection (`<instanceId>:<n>`) whose
 * score is the time it expires: `expiryMs` after it was taken or last refreshed. Every instance
 * refreshes its own members every `refreshMs`, so a live connection never expires, while an
 * instance killed with -9 stops refreshing and its connections stop counting within `expiryMs`.
 * Instances that start or stop need no coordination; the set (and its key) goes away by itself
 * once nobody refreshes it. Taking a slot is one Lua script (drop expired, count, add), so two
 * instances can never both take the last slot. Times are Redis's clock, never an instance's.
 *
 * While Redis cannot answer, a slot is decided on this instance's own count (the single-process
 * limit; see shared-rate-limiter.ts for why neither open nor closed), and the next refresh that
 * gets through writes every connection of this instance into the set again.
 *
 * cluster-people.ts is no substitute: it publishes distinct people, not connections, after a
 * debounce, so two instances would both let the last connection in.
 */
import type { LimitsRedis } from "@/lib/server/limits/limits-redis";
import { logger } from "@/lib/server/logger";
import type { RoomSlot, RoomSlots } from "./room-slots";

/** KEYS[1] room set; ARGV member, expiryMs, max, facilitator ("1"). Returns 1 (taken) or 0. */
const TAKE_SLOT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if ARGV[4] ~= '1' and redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
`;

/** KEYS[1] room set; ARGV expiryMs, then the members to (re)write with a fresh expiry. */
const REFRESH_SLOTS = `
local time = redis.call('TIME')
local expires = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000) + tonumber(ARGV[1])
for index = 2, #ARGV do redis.call('ZADD', KEYS[1], expires, ARGV[index]) end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return #ARGV - 1
`;

export interface RedisRoomSlotsOptions {
  redis: LimitsRedis;
  /** Unique per process (the room bus's instance id). */
  instanceId: string;
  maxPerRoom: number;
  /** How long a connection counts without a refresh: how soon a killed instance's slots free. */
  expiryMs?: number;
  /** How often this instance refreshes its connections (default a third of `expiryMs`). */
  refreshMs?: number;
}

export const DEFAULT_ROOM_SLOT_EXPIRY_MS = 30_000;

export class RedisRoomSlots implements RoomSlots {
  private readonly members = new Map<string, Set<string>>();
  private readonly expiryMs: number;
  private readonly refresher: NodeJS.Timeout;
  private nextMember = 0;
  private redisAway = false;

  constructor(private readonly options: RedisRoomSlotsOptions) {
    this.expiryMs = options.expiryMs ?? DEFAULT_ROOM_SLOT_EXPIRY_MS;
    this.refresher = setInterval(() => this.refresh(), options.refreshMs ?? this.expiryMs / 3);
    this.refresher.unref();
  }

  async take(roomId: string, isFacilitator: boolean): Promise<RoomSlot | null> {
    const member = `${this.options.instanceId}:${this.nextMember++}`;
    let taken: boolean;
    try {
      const answer = await this.options.redis.client.eval(
        TAKE_SLOT,
        1,
        this.keyOf(roomId),
        member,
        this.expiryMs,
        this.options.maxPerRoom,
        isFacilitator ? "1" : "0",
      );
      taken = answer === 1;
      this.redisBack();
    } catch (error) {
      this.redisLost(error);
      // This instance's own count decides; the connection is written to Redis once it is back.
      const here = this.members.get(roomId)?.size ?? 0;
      taken = isFacilitator || here < this.options.maxPerRoom;
      // A timed-out script may still have added the member: take it out again if refused.
      if (!taken) this.remove(roomId, member);
    }
    if (!taken) return null;
    return this.hold(roomId, member);
  }

  close(): void {
    clearInterval(this.refresher);
  }

  private hold(roomId: string, member: string): RoomSlot {
    const inRoom = this.members.get(roomId) ?? new Set<string>();
    inRoom.add(member);
    this.members.set(roomId, inRoom);
    return {
      release: () => {
        if (!inRoom.delete(member)) return;
        if (inRoom.size === 0 && this.members.get(roomId) === inRoom) this.members.delete(roomId);
        this.remove(roomId, member);
      },
    };
  }

  /** Takes `member` out of the room's set; if that fails it expires by itself within expiryMs. */
  private remove(roomId: string, member: string): void {
    this.options.redis.client.zrem(this.keyOf(roomId), member).catch(() => {});
  }

  private refresh(): void {
    for (const [roomId, inRoom] of this.members) {
      if (inRoom.size === 0) continue;
      this.options.redis.client
        .eval(REFRESH_SLOTS, 1, this.keyOf(roomId), this.expiryMs, ...inRoom)
        .then(
          () => this.redisBack(),
          (error: unknown) => this.redisLost(error),
        );
    }
  }

  private keyOf(roomId: string): string {
    return `${this.options.redis.prefix}:limits:room:${roomId}`;
  }

  private redisLost(error: unknown): void {
    if (this.redisAway) return;
    this.redisAway = true;
    logger.warn({ err: error }, "room slots: Redis not answering; counting this instance only");
  }

  private redisBack(): void {
    if (!this.redisAway) return;
    this.redisAway = false;
    logger.info("room slots: counting over all instances again");
  }
}
