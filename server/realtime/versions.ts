/**
 * When to keep a version of a room for the trainer's review: at most every `intervalMs` while
 * updates arrive (and once more at unload when something changed since the last one), and each
 * time the facilitator changes the active stage.
 */
import * as Y from "yjs";
import type { RoomDocumentStore } from "@/lib/server/documents/room-document-store";
import { RoomKey, getRoomMap } from "@/lib/shared/realtime/doc-layout";
import { logger } from "@/lib/server/logger";

export class VersionScheduler {
  private lastIntervalVersionAt = Date.now();
  private changedSinceVersion = false;
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
      const stageId = roomMap.get(RoomKey.activeStage);
      this.save("stage", typeof stageId === "string" ? stageId : undefined);
    };
    roomMap.observe(observer);
    this.stopObserving = () => roomMap.unobserve(observer);
  }

  /** Call after stored updates were applied to the document. */
  recordActivity(): void {
    this.changedSinceVersion = true;
    if (Date.now() - this.lastIntervalVersionAt >= this.intervalMs) this.save("interval");
  }

  /** Call when the room unloads: keeps the last state if it changed since the last version. */
  saveFinal(): void {
    if (this.changedSinceVersion) this.save("interval");
  }

  stop(): void {
    this.stopObserving();
  }

  private save(reason: "interval" | "stage", stageId?: string): void {
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
