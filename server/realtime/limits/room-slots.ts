/**
 * Connections per room (ROOM_MAX_CONNECTIONS, close 4409): a connection takes a slot before it is
 * accepted and gives it back when it closes. A facilitator always gets a slot (and takes one), so
 * a trainer can never be locked out of their own session. One process counts in memory
 * (`LocalRoomSlots`); several instances count in Redis (redis-room-slots.ts).
 */

export interface RoomSlot {
  /** Gives the slot back; safe to call more than once. */
  release(): void;
}

export interface RoomSlots {
  /** A slot in `roomId`, or null when the room is full (and `isFacilitator` is false). */
  take(roomId: string, isFacilitator: boolean): Promise<RoomSlot | null>;
  /** Stops background work (Redis refreshes). Slots still held are released by their owners. */
  close(): void;
}

/** Slot counts of this process's rooms (one process, no Redis). */
export class LocalRoomSlots implements RoomSlots {
  private readonly perRoom = new Map<string, number>();

  constructor(private readonly maxPerRoom: number) {}

  take(roomId: string, isFacilitator: boolean): Promise<RoomSlot | null> {
    const count = this.perRoom.get(roomId) ?? 0;
    if (count >= this.maxPerRoom && !isFacilitator) return Promise.resolve(null);
    this.perRoom.set(roomId, count + 1);
    let held = true;
    return Promise.resolve({
      release: () => {
        if (!held) return;
        held = false;
        const left = (this.perRoom.get(roomId) ?? 1) - 1;
        if (left > 0) this.perRoom.set(roomId, left);
        else this.perRoom.delete(roomId);
      },
    });
  }

  close(): void {}
}
