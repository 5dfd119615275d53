/**
 * When to keep a version of a room for the trainer's review: at most every `intervalMs` while
 * updates arrive, the last change of a burst included (and once more at unload when something
 * changed since the last one), each time the facilitator changes the active stage, and after a
 * restore.
 *
 * With several instances each keeps versions of the updates it stored itself (interval versions
 * of a room edited on two instances can come from both, a few seconds apart: harmless extra
 * timeline steps); a stage change's version is kept only by the instance that stored it.
 */
import * as Y from "yjs";
import type { RoomDocumentStore, VersionReason } from "@/lib/server/documents/room-document-store";
import { RoomKey, getRoomMap } from "@/lib/shared/realtime/doc-layout";
import { logger } from "@/lib/server/logger";
import { REMOTE_ORIGIN } from "./room-bus";

export class VersionScheduler {
  private lastIntervalVersionAt = Date.now();
  private changedSinceVersion = false;
  private trailingTimer: NodeJS.Timeout | null = null;
  private readonly stopObserving: () => void;

  /**
   * `enqueue` runs a write in the room's write queue (so versions are ordered with updates).
   * Observing starts now: call after the stored document is loaded, so loading is not a change.
   */
  constructor(
    private readonly store: RoomDocumentStore,
    private readonly roomId: string,
    private readonly doc: Y.Doc,
    private readonly intervalMs: number,
    private readonly enqueue: (task: () => Promise<void>) => void,
  ) {
    const roomMap = getRoomMap(doc);
    const observer = (event: Y.YMapEvent<unknown>) => {
      if (!event.keysChanged.has(RoomKey.activeStage)) return;
      // The instance that stored the stage change keeps its version; others would repeat it.
      if (event.transaction.origin === REMOTE_ORIGIN) return;
      const stageId = roomMap.get(RoomKey.activeStage);
      this.save("stage", typeof stageId === "string" ? stageId : undefined);
    };
    roomMap.observe(observer);
    this.stopObserving = () => roomMap.unobserve(observer);
  }

  /**
   * Call after stored updates were applied to the document. Throttled with a trailing edge: the
   * last change of a burst is kept within `intervalMs`, even if the room then goes quiet.
   */
  recordActivity(): void {
    this.changedSinceVersion = true;
    const waited = Date.now() - this.lastIntervalVersionAt;
    if (waited >= this.intervalMs) {
      this.save("interval");
    } else if (!this.trailingTimer) {
      this.trailingTimer = setTimeout(() => {
        this.trailingTimer = null;
        if (this.changedSinceVersion) this.save("interval");
      }, this.intervalMs - waited);
      this.trailingTimer.unref();
    }
  }

  /** Call when the room unloads: keeps the last state if it changed since the last version. */
  saveFinal(): void {
    if (this.changedSinceVersion) this.save("interval");
  }

  /** Keeps a version of the document as it is now (after a restore, say). */
  saveNow(reason: VersionReason): void {
    this.save(reason);
  }

  stop(): void {
    if (this.trailingTimer) clearTimeout(this.trailingTimer);
    this.trailingTimer = null;
    this.stopObserving();
  }

  private save(reason: VersionReason, stageId?: string): void {
    // Encoded now, so the version shows the document at the moment it was taken.
    const state = Y.encodeStateAsUpdate(this.doc);
    this.lastIntervalVersionAt = Date.now();
    this.changedSinceVersion = false;
    this.enqueue(async () => {
      try {
        await this.store.saveVersion(this.roomId, state, reason, stageId);
      } catch (error) {
        logger.error({ err: error, roomId: this.roomId, reason }, "saving version failed");
      }
    });
  }
}
