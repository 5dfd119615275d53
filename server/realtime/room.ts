/**
 * One loaded room: its Y.Doc, its Awareness, its connections and its write queue.
 *
 * Invariants:
 * - The document is loaded from the store before any connection is synced (connections that
 *   arrive earlier wait in `attach`; their messages are buffered by the connection).
 * - An update reaches the document, and so the other clients, only after the store committed
 *   it. Hence whatever a client has seen survives a crash of this process.
 * - Several instances (room-bus.ts): the room subscribes to its bus channel BEFORE it reads the
 *   store, and applies what arrived meanwhile after the stored state, so it misses nothing. It
 *   publishes what it stored (never before), and applies others' updates without storing them.
 */
import * as Y from "yjs";
import * as awarenessProtocol from "y-protocols/awareness";
import type { RoomDocumentStore, VersionReason } from "@/lib/server/documents/room-document-store";
import { CloseCode } from "@/lib/shared/realtime/close-codes";
import { logger } from "@/lib/server/logger";
import type { Connection } from "./connection";
import { compactRoom } from "./compaction";
import { awarenessFrame, encodeUpdateMessage } from "./messages";
import { REMOTE_ORIGIN, type RoomBus, type RoomMessage } from "./room-bus";
import type { DecodedUpdate } from "./update-guard";
import { batchActivity } from "./stage-activity";
import { VersionScheduler } from "./versions";
import { WriteQueue } from "./write-queue";

export interface RoomOptions {
  store: RoomDocumentStore;
  /** Other instances' updates and presence for this room (a no-op bus in one process). */
  bus: RoomBus;
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
  private storedSinceCompaction = 0;
  /** The compaction in flight, if any (it runs beside the write queue, see maybeScheduleCompaction). */
  private compaction: Promise<void> | null = null;
  /** Accepted updates not yet applied, so the update guard can resolve references into them. */
  private readonly unapplied = new Set<DecodedUpdate>();
  private versions: VersionScheduler | null = null;
  private readonly writeQueue: WriteQueue<PendingUpdate>;
  private stopListening: () => void = () => {};

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
    const early: RoomMessage[] = [];
    let receive: (message: RoomMessage) => void = (message) => early.push(message);
    try {
      this.stopListening = await this.options.bus.subscribeRoom(this.roomId, (message) =>
        receive(message),
      );
      // Others answer with their connections' presence; the answers wait in `early`.
      this.options.bus.publishRoom(this.roomId, { kind: "awareness-query" });
      const stored = await this.options.store.load(this.roomId);
      this.doc.transact(() => {
        if (stored.snapshot) this.applyStored(stored.snapshot, "snapshot");
        for (const update of stored.updates) this.applyStored(update, "update");
      });
      // Published while we read the store: already in it or not, applying again is harmless.
      for (const message of early.splice(0)) this.receiveFromBus(message);
      this.storedSinceCompaction = stored.updates.length;
    } catch (error) {
      this.stopListening();
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
    receive = (message) => this.receiveFromBus(message);
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
        await this.options.store.appendUpdates(this.roomId, [update]);
        this.storedSinceCompaction += 1;
        Y.applyUpdate(this.doc, update, SERVER_ORIGIN);
        this.options.bus.publishRoom(this.roomId, { kind: "update", update });
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
      await this.compaction;
      if (this.storedSinceCompaction > 0) await this.writeQueue.runTask(() => this.compact());
    } catch (error) {
      // The update log still holds everything; the next load replays it.
      logger.error({ err: error, roomId: this.roomId }, "final compaction failed");
    }
    await this.writeQueue.whenIdle();
    this.destroy();
  }

  /**
   * After the bus lost messages (a broken Redis connection): reapplies the stored document, so
   * whatever others stored meanwhile reaches this room's clients.
   */
  async catchUp(): Promise<void> {
    if (this.state !== "ready") return;
    const stored = await this.options.store.load(this.roomId);
    if (this.state !== "ready") return;
    for (const update of [stored.snapshot, ...stored.updates]) {
      if (update) this.receiveFromBus({ kind: "update", update });
    }
  }

  private destroy(): void {
    this.stopListening();
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
    await this.options.store.appendUpdates(this.roomId, rows, activity);
    this.storedSinceCompaction += rows.length;
    for (const row of rows) this.options.bus.publishRoom(this.roomId, { kind: "update", update: row });
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

  /**
   * Not a task of the write queue: a compaction of a large room takes a while (the snapshot is
   * built in the worker thread), and edits committed meanwhile must not wait for it. They need
   * not: it folds only rows stored before it read them, and leaves any row stored meanwhile
   * for the next one (RoomDocumentStore.compact).
   */
  private maybeScheduleCompaction(): void {
    if (this.compaction || this.state !== "ready") return;
    if (this.storedSinceCompaction < this.options.compactAfterUpdates) return;
    this.compaction = this.compact()
      .catch((error: unknown) => {
        logger.error({ err: error, roomId: this.roomId }, "compaction failed");
      })
      .finally(() => {
        this.compaction = null;
        // What was stored meanwhile may have reached the threshold again.
        this.maybeScheduleCompaction();
      });
  }

  /**
   * Built from the store, not from `doc`: with several instances `doc` may still lack updates
   * another instance stored. When another instance holds the room's compaction lock this one
   * skips; that instance folds the log (and the next threshold retries here).
   */
  private async compact(): Promise<void> {
    const counted = this.storedSinceCompaction;
    await compactRoom(this.options.store, this.roomId);
    this.storedSinceCompaction -= counted;
  }

  /** A message another instance published for this room. */
  private receiveFromBus(message: RoomMessage): void {
    if (this.state === "unloaded" || this.state === "failed") return;
    try {
      switch (message.kind) {
        case "update":
          Y.applyUpdate(this.doc, message.update, REMOTE_ORIGIN);
          return;
        case "awareness":
          awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, REMOTE_ORIGIN);
          return;
        case "awareness-query": {
          const own = [...this.connections].flatMap((connection) => [...connection.awarenessClientIds]);
          const present = own.filter((clientId) => this.awareness.getStates().has(clientId));
          if (present.length === 0) return;
          const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, present);
          this.options.bus.publishRoom(this.roomId, { kind: "awareness", update });
          return;
        }
        default: {
          const unhandled: never = message;
          throw new Error(`unhandled bus message ${JSON.stringify(unhandled)}`);
        }
      }
    } catch (error) {
      logger.error({ err: error, roomId: this.roomId, kind: message.kind }, "bus message failed");
    }
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
    // Encoded once, for the other instances and for this room's connections.
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    // A connection's change (also its removal in `detach`, when it is no longer in the set).
    // Expiry ("timeout") happens on every instance by itself, so it is not published.
    if (origin !== REMOTE_ORIGIN && origin !== "timeout") {
      this.options.bus.publishRoom(this.roomId, { kind: "awareness", update });
    }
    const message = awarenessFrame(update);
    for (const connection of this.connections) {
      if (connection !== origin) connection.send(message);
    }
  };
}
