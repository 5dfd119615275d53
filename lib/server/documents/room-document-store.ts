/**
 * Where a room's Yjs document lives between server processes. The realtime server depends only
 * on this interface; `prisma-document-store.ts` implements it on SQLite or PostgreSQL.
 *
 * Invariants every implementation keeps:
 * - `appendUpdates` resolves only after the updates are durable (committed), in call order.
 * - `load` returns the latest snapshot and every update stored after it, in insertion order;
 *   applying them in order to an empty Y.Doc gives the room's current state.
 * - `compact` atomically stores `snapshot` and deletes the updates with seq <= `upToSeq`, so a
 *   concurrent `load` sees either the old snapshot + all updates or the new snapshot + the rest.
 */
export interface StoredRoomDocument {
  /** Latest compacted state (Y.encodeStateAsUpdate), or null when the room was never compacted. */
  snapshot: Uint8Array | null;
  /** Updates stored after the snapshot, oldest first. */
  updates: Uint8Array[];
  /** Sequence number of the last update in `updates` (or of the snapshot's last one); 0 when none. */
  lastSeq: number;
}

/**
 * What a batch of client updates touched, for the activity figures: how many of the batch's
 * client updates changed each stage page (`stageId` null: nothing on a stage page, e.g. the
 * timer). An update touching two stages counts for both.
 */
export interface StageActivity {
  stageId: string | null;
  updates: number;
}

export type VersionReason = "interval" | "stage" | "restore" | "created";

export interface RoomDocumentStore {
  /** Whether a room with this id exists (the realtime server refuses unknown rooms). */
  roomExists(roomId: string): Promise<boolean>;
  load(roomId: string): Promise<StoredRoomDocument>;
  /**
   * Stores updates in one transaction, together with the batch's activity (one row per minute
   * and stage; without `activity` the batch counts as `updates.length` off-stage updates);
   * resolves with the seq of the last one.
   */
  appendUpdates(roomId: string, updates: Uint8Array[], activity?: StageActivity[]): Promise<number>;
  compact(roomId: string, snapshot: Uint8Array, upToSeq: number): Promise<void>;
  /** Keeps a timestamped copy of the whole document for the trainer's review. */
  saveVersion(
    roomId: string,
    state: Uint8Array,
    reason: VersionReason,
    stageId?: string,
  ): Promise<void>;
}
