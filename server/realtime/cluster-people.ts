/**
 * Who is in which room across instances, for the session page's live counts. Each instance
 * publishes on the cluster channel the people (user ids) connected to each of its rooms: shortly
 * after a join or leave, and every `heartbeatMs` anyway; an instance's list replaces its previous
 * one and is forgotten `ttlMs` after it was last heard (an instance killed with -9 drops out of
 * the counts within that time). A person is counted once per room even with tabs on two
 * instances. A new instance knows the others' people from their next heartbeat (≤ heartbeatMs).
 */
import type { ClusterMessage, RoomBus } from "./room-bus";

export type PeopleByRoom = Map<string, Set<string>>;

export interface ClusterPeopleOptions {
  heartbeatMs?: number;
  ttlMs?: number;
  /** Joins and leaves within this time are published together. */
  debounceMs?: number;
}

interface RemoteInstance {
  rooms: Map<string, string[]>;
  heardAt: number;
}

export class ClusterPeople {
  private readonly remote = new Map<string, RemoteInstance>();
  private readonly heartbeat: NodeJS.Timeout;
  private pending: NodeJS.Timeout | null = null;
  private readonly ttlMs: number;
  private readonly debounceMs: number;

  /** `local()` lists this instance's people per room. Nothing runs on a non-shared bus. */
  constructor(
    private readonly bus: RoomBus,
    private readonly local: () => PeopleByRoom,
    options: ClusterPeopleOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 30_000;
    this.debounceMs = options.debounceMs ?? 250;
    this.heartbeat = setInterval(() => this.publish(), options.heartbeatMs ?? 10_000);
    this.heartbeat.unref();
    if (!bus.shared) clearInterval(this.heartbeat);
  }

  /** Call from the bus's cluster handler. */
  receive(message: ClusterMessage, fromInstance: string): void {
    if (message.kind !== "people") return;
    this.remote.set(fromInstance, {
      rooms: new Map(Object.entries(message.rooms)),
      heardAt: Date.now(),
    });
  }

  /** Someone joined or left here: tell the others soon. */
  changed(): void {
    if (!this.bus.shared || this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = null;
      this.publish();
    }, this.debounceMs);
    this.pending.unref();
  }

  /** Distinct people per room over this instance and every live one heard of. */
  count(roomIds: string[]): Record<string, number> {
    const mine = this.local();
    const now = Date.now();
    for (const [instanceId, instance] of this.remote) {
      if (now - instance.heardAt > this.ttlMs) this.remote.delete(instanceId);
    }
    const counts: Record<string, number> = {};
    for (const roomId of roomIds) {
      const people = new Set(mine.get(roomId));
      for (const instance of this.remote.values()) {
        for (const userId of instance.rooms.get(roomId) ?? []) people.add(userId);
      }
      if (people.size > 0) counts[roomId] = people.size;
    }
    return counts;
  }

  /** Stops publishing and tells the others this instance has nobody any more. */
  stop(): void {
    clearInterval(this.heartbeat);
    if (this.pending) clearTimeout(this.pending);
    this.pending = null;
    if (this.bus.shared) this.bus.publishCluster({ kind: "people", rooms: {} });
  }

  private publish(): void {
    const rooms: Record<string, string[]> = {};
    for (const [roomId, people] of this.local()) rooms[roomId] = [...people];
    this.bus.publishCluster({ kind: "people", rooms });
  }
}
