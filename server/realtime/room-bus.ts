/**
 * How the instances of one Cocreate deployment tell each other about rooms. One process (the
 * default) uses `createLocalRoomBus`, which goes nowhere; with REDIS_URL the realtime server uses
 * the Redis bus (redis-room-bus.ts), so rooms loaded on several instances stay equal.
 *
 * What travels (see docs/ARCHITECTURE.md, "Several instances"):
 * - per room: document updates AFTER the publishing instance stored them (so a receiver never
 *   stores them again), awareness changes of its own connections, and a query that asks the
 *   others for their connections' awareness states (sent by an instance that loads the room);
 * - to every instance: access rechecks and who is in which room (live counts).
 * A bus never delivers an instance's own messages back to it.
 */
import { randomUUID } from "node:crypto";

export type RoomMessage =
  | { kind: "update"; update: Uint8Array }
  | { kind: "awareness"; update: Uint8Array }
  | { kind: "awareness-query" };

export type ClusterMessage =
  /** `accessChanged(userId)` on some instance: recheck that user's connections here too. */
  | { kind: "recheck-access"; userId: string }
  /** The people (user ids) connected to each room on the sending instance; replaces its last. */
  | { kind: "people"; rooms: Record<string, string[]> };

export interface RoomBus {
  /** Unique per process; tags every message so an instance ignores its own. */
  readonly instanceId: string;
  /** False for the in-process bus: there are no other instances to hear from. */
  readonly shared: boolean;
  /**
   * Starts receiving the room's messages; resolves once the subscription is active, so whatever
   * is published afterwards arrives. Resolves with the function that stops it.
   */
  subscribeRoom(roomId: string, onMessage: (message: RoomMessage) => void): Promise<() => void>;
  publishRoom(roomId: string, message: RoomMessage): void;
  onCluster(handler: (message: ClusterMessage, fromInstance: string) => void): void;
  publishCluster(message: ClusterMessage): void;
  /** `handler` runs after a lost connection came back: messages published meanwhile are lost. */
  onReconnect(handler: () => void): void;
  /** Sends what is queued, then disconnects. */
  close(): Promise<void>;
}

/** The single-process bus: nothing to tell anyone. */
export function createLocalRoomBus(): RoomBus {
  return {
    instanceId: randomUUID(),
    shared: false,
    subscribeRoom: () => Promise.resolve(() => {}),
    publishRoom: () => {},
    onCluster: () => {},
    publishCluster: () => {},
    onReconnect: () => {},
    close: () => Promise.resolve(),
  };
}

/**
 * Transaction origin of document and awareness changes that came over the bus: not a connection,
 * so they reach every local connection; never stored or published again.
 */
export const REMOTE_ORIGIN = { origin: "remote-instance" };
