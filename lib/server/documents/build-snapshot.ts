/**
 * Folds a stored snapshot and stored updates into one snapshot, through a Y.Doc so deleted
 * content is garbage-collected (Y.mergeUpdates would keep every deleted record copy forever).
 * Synchronous: the event loop is blocked for `buildMs` (logged by the compaction).
 */
import * as Y from "yjs";
import { logger } from "@/lib/server/logger";

export interface BuiltSnapshot {
  snapshot: Uint8Array;
  buildMs: number;
}

/** One snapshot holding `snapshot` (may be null) and every one of `updates`. */
export function buildSnapshot(
  roomId: string,
  snapshot: Uint8Array | null,
  updates: Uint8Array[],
): BuiltSnapshot {
  const started = performance.now();
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      for (const update of snapshot ? [snapshot, ...updates] : updates) {
        try {
          Y.applyUpdate(doc, update);
        } catch (error) {
          // As at load: one bad row must not make the room uncompactable (or unloadable).
          logger.error({ err: error, roomId }, "skipping stored update that fails to apply");
        }
      }
    });
    const built = Y.encodeStateAsUpdate(doc);
    return { snapshot: built, buildMs: performance.now() - started };
  } finally {
    doc.destroy();
  }
}
