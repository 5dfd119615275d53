/**
 * Limits checked when a websocket is opened: new connections per minute per client address, and
 * connections per room. In this process's memory by default; with a limits Redis (several
 * instances, REDIS_URL) both are counted over all instances: the address limit on
 * rate-limiter-flexible's RateLimiterRedis (lib/server/limits/shared-rate-limiter.ts, the same
 * service the join route uses), the rooms in Redis sorted sets (redis-room-slots.ts).
 */
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { LimitsRedis } from "@/lib/server/limits/limits-redis";
import { createSharedRateLimiter } from "@/lib/server/limits/shared-rate-limiter";
import type { RealtimeLimits } from "./limit-config";
import { RedisRoomSlots } from "./redis-room-slots";
import { LocalRoomSlots, type RoomSlot, type RoomSlots } from "./room-slots";

export interface SharedUpgradeLimits {
  redis: LimitsRedis;
  /** This process's id (the room bus's), naming its room slots. */
  instanceId: string;
  /** How long a killed instance's room slots keep counting (default 30 s). */
  roomSlotExpiryMs?: number;
}

export class UpgradeLimits {
  private readonly connectionRate: RateLimiterAbstract;
  private readonly roomSlots: RoomSlots;

  constructor(limits: RealtimeLimits, shared: SharedUpgradeLimits | null = null) {
    this.connectionRate = createSharedRateLimiter(
      { name: "connections", points: limits.connectionsPerMinute, durationSeconds: 60 },
      shared?.redis ?? null,
    );
    this.roomSlots = shared
      ? new RedisRoomSlots({
          redis: shared.redis,
          instanceId: shared.instanceId,
          maxPerRoom: limits.roomMaxConnections,
          expiryMs: shared.roomSlotExpiryMs,
        })
      : new LocalRoomSlots(limits.roomMaxConnections);
  }

  /** Counts a connection attempt from `address`; false when the address is over its limit. */
  async allowConnectionFrom(address: string): Promise<boolean> {
    try {
      await this.connectionRate.consume(address);
      return true;
    } catch (error) {
      if (error instanceof RateLimiterRes) return false;
      throw error;
    }
  }

  /**
   * A slot in `roomId` for a new connection, or null when the room is full. A facilitator always
   * gets one, so a trainer can never be locked out of their own session. Release it on close.
   */
  enterRoom(roomId: string, isFacilitator: boolean): Promise<RoomSlot | null> {
    return this.roomSlots.take(roomId, isFacilitator);
  }

  /** Stops background work; call after every connection closed. */
  close(): void {
    this.roomSlots.close();
  }
}
