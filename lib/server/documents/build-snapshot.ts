/**
 * Building a room's snapshot from its stored rows (fold-updates.mjs does the Yjs work). The
 * store takes a SnapshotBuilder: in this thread (the default, blocking the event loop for
 * `buildMs`), or in the snapshot worker (snapshot-worker/snapshot-worker.ts), which the
 * realtime server uses so that compaction never stalls the people in a room.
 */
import { logger } from "@/lib/server/logger";
import { foldUpdates, type FoldFailure } from "./snapshot-worker/fold-updates.mjs";

export interface BuiltSnapshot {
  snapshot: Uint8Array;
  /** How long the build took (off the event loop when built in the worker). */
  buildMs: number;
  /** True when built in a worker thread. */
  offThread: boolean;
}

/** Builds one snapshot holding `snapshot` (may be null) and every one of `updates`. */
export type SnapshotBuilder = (
  roomId: string,
  snapshot: Uint8Array | null,
  updates: Uint8Array[],
) => Promise<BuiltSnapshot>;

/** Builds on the calling thread: the event loop is blocked for `buildMs`. */
export const buildSnapshotInThisThread: SnapshotBuilder = async (roomId, snapshot, updates) => {
  const started = performance.now();
  const folded = foldUpdates(snapshot, updates);
  logFoldFailures(roomId, folded.failures);
  return { snapshot: folded.snapshot, buildMs: performance.now() - started, offThread: false };
};

/** As at load: a row that fails to apply is skipped (and logged), never fatal. */
export function logFoldFailures(roomId: string, failures: FoldFailure[]): void {
  for (const failure of failures) {
    logger.error(
      { err: new Error(failure.message), roomId, row: failure.row },
      "skipping stored update that fails to apply",
    );
  }
}
