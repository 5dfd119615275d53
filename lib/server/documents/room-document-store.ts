/**
 * Where a room's Yjs document lives between server processes. The realtime server depends only
 * on this interface; `prisma-document-store.ts` implements it on SQLite or PostgreSQL.
 *
 * Invariants every implementation keeps:
 * - `appendUpdates` resolves only after the updates are durable (committed), in call order.
 * - `load` returns the latest snapshot and every update not folded into it, in insertion order;
 *   applying them to an empty Y.Doc gives the room's current state (an update may also be in
 *   the snapshot: applying it again changes nothing).
 * - `compact` builds the new snapshot from what is STORED (never from a server's memory, which
 *   with several instances may lack another's latest updates), and atomically stores it and
 *   deletes exactly the updates it folded in, so a concurrent `load` sees either the old
 *   snapshot + all updates or the new snapshot + the rest. One compaction of a room at a time
 *   across instances (on PostgreSQL an advisory lock; a second one skips).
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

export interface CompactionOutcome {
  /** False when there was nothing to fold, or another instance was compacting the room. */
  compacted: boolean;
  /** Stored updates folded into the snapshot. */
  updates: number;
  /** Size of the written snapshot. */
  bytes: number;
  /** Time building the snapshot took (Yjs work). */
  buildMs: number;
  /** True when it was built in a worker thread; false: it blocked the event loop for `buildMs`. */
  builtOffThread: boolean;
}

export type VersionReason = "interval" | "stage" | "restore" | "created";

export interface RoomDocumentStore {
  /** Whether a room with this id exists (the realtime server refuses unknown rooms). */
  roomExists(roomId: string): Promise<boolean>;
  load(roomId: string): Promise<StoredRoomDocument>;
  /**
   * Stores updates in one transaction; resolves with the seq of the last one. The batch's
   * activity (one row per minute and stage; without `activity` the batch counts as
   * `updates.length` off-stage updates) is recorded once they are stored, and written within a
   * few seconds, apart from them.
   */
  appendUpdates(roomId: string, updates: Uint8Array[], activity?: StageActivity[]): Promise<number>;
  /** Writes the activity recorded so far (at shutdown; tests). */
  flushActivity(): Promise<void>;
  /** Folds the stored updates with seq <= `upToSeq` (default: all) into the snapshot. */
  compact(roomId: string, upToSeq?: number): Promise<CompactionOutcome>;
  /** Keeps a timestamped copy of the whole document for the trainer's review. */
  saveVersion(
    roomId: string,
    state: Uint8Array,
    reason: VersionReason,
    stageId?: string,
  ): Promise<void>;
}
