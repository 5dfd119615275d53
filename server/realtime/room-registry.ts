/**
 * The loaded rooms of this process. A room is loaded on its first connection and unloaded
 * `unloadDelayMs` after its last one left, once its writes are durable. A connection that
 * arrives while a room is unloading waits for the unload to finish and then gets a freshly
 * loaded room, so it always sees the latest stored state.
 */
import type { RoomDocumentStore } from "@/lib/server/documents/room-document-store";
import { logger } from "@/lib/server/logger";
import type { Connection } from "./connection";
import { Room } from "./room";
import type { RoomBus } from "./room-bus";

export interface RoomRegistryOptions {
  store: RoomDocumentStore;
  bus: RoomBus;
  compactAfterUpdates: number;
  versionIntervalMs: number;
  unloadDelayMs: number;
}

interface Entry {
  room: Room;
  loading: Promise<void>;
  unloadTimer: NodeJS.Timeout | null;
  /** Set once the unload started; resolves when the room is gone from memory. */
  unloading: Promise<void> | null;
  /** Server-side changes in progress (withRoom): the room stays loaded while any runs. */
  holds: number;
}

export class RoomRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly options: RoomRegistryOptions) {}

  get size(): number {
    return this.entries.size;
  }

  /** Adds `connection` to its room, loading the room (or waiting for its unload) as needed. */
  async join(connection: Connection): Promise<void> {
    const entry = await this.liveEntry(connection.roomId, () => connection.isClosed);
    // Synchronous from liveEntry's check: the room cannot start unloading in between.
    entry?.room.attach(connection);
  }

  /**
   * The room's entry, loaded or loading, with any pending unload cancelled; waits for an unload
   * already under way. Null when `gaveUp()` turns true meanwhile. Callers must claim the room
   * (attach, hold) synchronously after it resolves.
   */
  private async liveEntry(roomId: string, gaveUp: () => boolean = () => false): Promise<Entry | null> {
    for (;;) {
      if (gaveUp()) return null;
      const entry = this.entries.get(roomId) ?? this.load(roomId);
      if (entry.unloading) {
        await entry.unloading;
        continue;
      }
      if (entry.unloadTimer) {
        clearTimeout(entry.unloadTimer);
        entry.unloadTimer = null;
      }
      return entry;
    }
  }

  /**
   * Runs `work` on the loaded room (loading it, or waiting for its unload, as `join` does), kept
   * in memory until `work` settles: server-side changes go through the same room, write queue and
   * fan-out as a client's, whether or not anyone is connected.
   */
  async withRoom<T>(roomId: string, work: (room: Room) => Promise<T>): Promise<T> {
    const entry = (await this.liveEntry(roomId))!;
    entry.holds += 1;
    try {
      await entry.loading;
      if (entry.room.state !== "ready") throw new Error(`room ${roomId} could not be loaded`);
      return await work(entry.room);
    } finally {
      entry.holds -= 1;
      if (entry.room.connections.size === 0) this.scheduleUnload(roomId);
    }
  }

  /** Removes `connection` from its room (the room then schedules its own unload when empty). */
  leave(connection: Connection): void {
    this.entries.get(connection.roomId)?.room.detach(connection);
  }

  /** Every ready room reapplies the stored document (after the bus lost messages). */
  async catchUpAll(): Promise<void> {
    await Promise.all(
      [...this.entries.values()].map((entry) =>
        entry.room.catchUp().catch((error: unknown) => {
          logger.error({ err: error, roomId: entry.room.roomId }, "catching up failed");
        }),
      ),
    );
  }

  /** Unloads every room now (server shutdown); resolves when all writes are durable. */
  async unloadAll(): Promise<void> {
    await Promise.all([...this.entries.values()].map((entry) => this.unload(entry)));
  }

  private load(roomId: string): Entry {
    const room = new Room(roomId, {
      store: this.options.store,
      bus: this.options.bus,
      compactAfterUpdates: this.options.compactAfterUpdates,
      versionIntervalMs: this.options.versionIntervalMs,
      onEmpty: () => this.scheduleUnload(roomId),
    });
    const entry: Entry = {
      room,
      loading: Promise.resolve(),
      unloadTimer: null,
      unloading: null,
      holds: 0,
    };
    entry.loading = room.load().catch(() => {
      // The room closed its connections; forget it so the next connection retries the load.
      if (this.entries.get(roomId) === entry) this.entries.delete(roomId);
    });
    this.entries.set(roomId, entry);
    return entry;
  }

  private scheduleUnload(roomId: string): void {
    const entry = this.entries.get(roomId);
    if (!entry || entry.unloading || entry.unloadTimer || entry.holds > 0) return;
    entry.unloadTimer = setTimeout(() => {
      entry.unloadTimer = null;
      if (entry.room.connections.size === 0 && entry.holds === 0) void this.unload(entry);
    }, this.options.unloadDelayMs);
    entry.unloadTimer.unref();
  }

  private unload(entry: Entry): Promise<void> {
    if (entry.unloadTimer) {
      clearTimeout(entry.unloadTimer);
      entry.unloadTimer = null;
    }
    entry.unloading ??= (async () => {
      try {
        await entry.loading;
        await entry.room.unload();
      } catch (error) {
        logger.error({ err: error, roomId: entry.room.roomId }, "unloading room failed");
      } finally {
        if (this.entries.get(entry.room.roomId) === entry) this.entries.delete(entry.room.roomId);
      }
    })();
    return entry.unloading;
  }
}
