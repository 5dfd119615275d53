/**
 * Limits checked when a websocket is opened: new connections per minute per client address, and
 * connections per room. Both are in this process's memory. With several instances behind a load
 * balancer, the address limit would use rate-limiter-flexible's RateLimiterRedis with the same
 * options (one shared count per address); the room count would come from the shared room bus.
 */
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { RealtimeLimits } from "./limit-config";

export class UpgradeLimits {
  private readonly connectionRate: RateLimiterMemory;
  private readonly perRoom = new Map<string, number>();

  constructor(private readonly limits: RealtimeLimits) {
    this.connectionRate = new RateLimiterMemory({
      points: limits.connectionsPerMinute,
      duration: 60,
    });
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
   * Counts a connection into `roomId`; false (and not counted) when the room is full. A
   * facilitator always gets in, so a trainer can never be locked out of their own session.
   */
  enterRoom(roomId: string, isFacilitator: boolean): boolean {
    const count = this.perRoom.get(roomId) ?? 0;
    if (count >= this.limits.roomMaxConnections && !isFacilitator) return false;
    this.perRoom.set(roomId, count + 1);
    return true;
  }

  /** Call once for every connection `enterRoom` let in, when it closes. */
  leaveRoom(roomId: string): void {
    const count = (this.perRoom.get(roomId) ?? 1) - 1;
    if (count > 0) this.perRoom.set(roomId, count);
    else this.perRoom.delete(roomId);
  }
}
