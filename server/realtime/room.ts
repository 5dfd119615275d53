/**
 * One loaded room: its Y.Doc, its Awareness, its connections and its write queue.
 *
 * Invariants:
 * - The document is loaded from the store before any connection is synced (connections that
 *   arrive earlier wait in `attach`; their messages are buffered by the connection).
 * - An update reaches the document, and so the other clients, only after the store committed
 *   it. Hence whatever a client has seen survives a crash of this process.
 */
import * as Y from "yjs";
import * as awarenessProtocol from "y-protocols/awareness";
import type { RoomDocumentStore, VersionReason } from "@/lib/server/documents/room-document-store";
import { CloseCode } from "@/lib/shared/realtime/close-codes";
import { logger } from "@/lib/server/logger";
import type { Connection } from "./connection";
import { compactRoom } from "./compaction";
import { encodeAwarenessMessage, encodeUpdateMessage } from "./messages";
import type { DecodedUpdate } from "./update-guard";
import { batchActivity } from "./stage-activity";
import { VersionScheduler } from "./versions";
import { WriteQueue } from "./write-queue";

export interface RoomOptions {
  store: RoomDocumentStore;
  compactAfterUpdates: number;
  versionIntervalMs: number;
  /** Called when the last connection left (the registry then schedules the unload). */
  onEmpty(room: Room): void;
}

interface PendingUpdate {
  update: Uint8Array;
  decoded: DecodedUpdate;
  origin: Connection;
}

/**
 * One stored row per batch: merging is cheap next to a database insert per update, and load
 * replays fewer rows. Falls back to one row per update if Yjs cannot merge them.
 */
function mergeForStorage(updates: Uint8Array[]): Uint8Array[] {
  if (updates.length <= 1) return updates;
  try {
    return [Y.mergeUpdates(updates)];
  } catch (error) {
    logger.warn({ err: error }, "could not merge a batch; storing updates one by one");
    return updates;
  }
}

/** Transaction origin of the server's own changes: no connection, so every client gets them. */
const SERVER_ORIGIN = { origin: "server" };

export type RoomState = "loading" | "ready" | "unloading" | "unloaded" | "failed";

export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<Connection>();
  state: RoomState = "loading";
  private lastSeq = 0;
  private storedSinceCompaction = 0;
  private compactionScheduled = false;
  /** Accepted updates not yet applied, so the update guard can resolve references into them. */
  private readonly unapplied = new Set<DecodedUpdate>();
  private versions: VersionScheduler | null = null;
  private readonly writeQueue: WriteQueue<PendingUpdate>;

  constructor(
    readonly roomId: string,
    private readonly options: RoomOptions,
  ) {
    // The server publishes no awareness state of its own.
    this.awareness.setLocalState(null);
    this.writeQueue = new WriteQueue<PendingUpdate>(
      {
        commit: (batch) => this.commit(batch),
        onCommitError: (error, batch) => this.handleCommitError(error, batch),
      },
      (pending) => pending.update.byteLength,
    );
  }

  /** Loads the stored document; on failure the room is `failed` and its connections are closed. */
  async load(): Promise<void> {
    try {
      const stored = await this.options.store.load(this.roomId);
      this.doc.transact(() => {
        if (stored.snapshot) this.applyStored(stored.snapshot, "snapshot");
        for (const update of stored.updates) this.applyStored(update, "update");
      });
      this.lastSeq = stored.lastSeq;
      this.storedSinceCompaction = stored.updates.length;
    } catch (error) {
      logger.error({ err: error, roomId: this.roomId }, "loading room failed");
      this.state = "failed";
      for (const connection of this.connections) {
        connection.close(CloseCode.roomUnavailable, "room unavailable");
      }
      throw error;
    }
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      const message = encodeUpdateMessage(update);
      for (const connection of this.connections) {
        if (connection !== origin) connection.send(message);
      }
    });
    this.awareness.on("update", this.handleAwarenessUpdate);
    this.versions = new VersionScheduler(
      this.options.store,
      this.roomId,
      this.doc,
      this.options.versionIntervalMs,
      (task) => void this.writeQueue.runTask(task),
    );
    this.state = "ready";
    this.maybeScheduleCompaction();
    for (const connection of this.connections) connection.start(this);
  }

  /** Adds a connection; it is synced now when the room is ready, else right after loading. */
  attach(connection: Connection): void {
    if (this.state === "failed") {
      connection.close(CloseCode.roomUnavailable, "room unavailable");
      return;
    }
    this.connections.add(connection);
    if (this.state === "ready") connection.start(this);
  }

  /** Removes a connection and the awareness states it announced. */
  detach(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    const announced = [...connection.awarenessClientIds];
    if (announced.length > 0 && this.state === "ready") {
      awarenessProtocol.removeAwarenessStates(this.awareness, announced, connection);
    }
    if (this.connections.size === 0) this.options.onEmpty(this);
  }

  /** Accepted updates not yet in the document (for the update guard). */
  unappliedUpdates(): Iterable<DecodedUpdate> {
    return this.unapplied;
  }

  /** Queues a validated update: stored first, then applied and broadcast (see invariants). */
  enqueueUpdate(update: Uint8Array, decoded: DecodedUpdate, origin: Connection): void {
    this.unapplied.add(decoded);
    this.writeQueue.push({ update, decoded, origin });
  }

  /**
   * A change made by the server itself (e.g. restoring a version): `change` edits a copy of the
   * document; the difference is stored, then applied and sent to every connection, like a
   * client's update. Ordered with client updates by the write queue. Keeps a version `reason`
   * of the result when given.
   */
  changeDocument(change: (copy: Y.Doc) => void, reason?: VersionReason): Promise<void> {
    return this.writeQueue.runTask(async () => {
      const copy = new Y.Doc();
      try {
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(this.doc));
        change(copy);
        const update = Y.encodeStateAsUpdate(copy, Y.encodeStateVector(this.doc));
        this.lastSeq = await this.options.store.appendUpdates(this.roomId, [update]);
        this.storedSinceCompaction += 1;
        Y.applyUpdate(this.doc, update, SERVER_ORIGIN);
      } finally {
        copy.destroy();
      }
      if (reason) this.versions?.saveNow(reason);
      this.maybeScheduleCompaction();
    });
  }

  /** Resolves once every accepted update is stored and applied. */
  flush(): Promise<void> {
    return this.writeQueue.whenIdle();
  }

  /** Final compaction and version, then frees the document. Call with no connections left. */
  async unload(): Promise<void> {
    if (this.state !== "ready") {
      this.destroy();
      return;
    }
    this.state = "unloading";
    try {
      this.versions?.saveFinal();
      if (this.storedSinceCompaction > 0) await this.writeQueue.runTask(() => this.compact());
    } catch (error) {
      // The update log still holds everything; the next load replays it.
      logger.error({ err: error, roomId: this.roomId }, "final compaction failed");
    }
    await this.writeQueue.whenIdle();
    this.destroy();
  }

  private destroy(): void {
    this.versions?.stop();
    this.awareness.off("update", this.handleAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
    if (this.state !== "failed") this.state = "unloaded";
  }

  private async commit(batch: PendingUpdate[]): Promise<void> {
    const rows = mergeForStorage(batch.map((pending) => pending.update));
    const activity = batchActivity(
      this.doc,
      batch.map((pending) => pending.decoded),
    );
    this.lastSeq = await this.options.store.appendUpdates(this.roomId, rows, activity);
    this.storedSinceCompaction += rows.length;
    for (const pending of batch) {
      this.unapplied.delete(pending.decoded);
      try {
        Y.applyUpdate(this.doc, pending.update, pending.origin);
      } catch (error) {
        logger.error({ err: error, roomId: this.roomId }, "stored update failed to apply");
      }
    }
    this.versions?.recordActivity();
    this.maybeScheduleCompaction();
  }

  private handleCommitError(error: unknown, batch: PendingUpdate[]): void {
    logger.error(
      { err: error, roomId: this.roomId, updates: batch.length },
      "storing updates failed",
    );
    // The senders hold edits the server does not have; reconnecting re-sends them (sync step 2).
    for (const pending of batch) {
      this.unapplied.delete(pending.decoded);
      pending.origin.close(CloseCode.internalError, "could not store update");
    }
  }

  private maybeScheduleCompaction(): void {
    if (this.compactionScheduled) return;
    if (this.storedSinceCompaction < this.options.compactAfterUpdates) return;
    this.compactionScheduled = true;
    this.writeQueue
      .runTask(() => this.compact())
      .catch((error: unknown) => {
        logger.error({ err: error, roomId: this.roomId }, "compaction failed");
      })
      .finally(() => {
        this.compactionScheduled = false;
      });
  }

  private async compact(): Promise<void> {
    const upToSeq = this.lastSeq;
    const counted = this.storedSinceCompaction;
    await compactRoom(this.options.store, this.roomId, this.doc, upToSeq);
    this.storedSinceCompaction -= counted;
  }

  private applyStored(update: Uint8Array, kind: "snapshot" | "update"): void {
    try {
      Y.applyUpdate(this.doc, update);
    } catch (error) {
      // One bad row must not make the whole room unloadable.
      logger.error(
        { err: error, roomId: this.roomId, kind },
        "skipping stored update that fails to apply",
      );
    }
  }

  private readonly handleAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const sender = this.connections.has(origin as Connection) ? (origin as Connection) : null;
    if (sender) {
      for (const clientId of [...change.added, ...change.updated])
        sender.awarenessClientIds.add(clientId);
      for (const clientId of change.removed) sender.awarenessClientIds.delete(clientId);
    }
    const changed = [...change.added, ...change.updated, ...change.removed];
    const message = encodeAwarenessMessage(this.awareness, changed);
    for (const connection of this.connections) {
      if (connection !== origin) connection.send(message);
    }
  };
}
