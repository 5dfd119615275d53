/**
 * The real snapshot worker behind a gate, so a test can store edits between a compaction's
 * read of the stored rows and its write of the snapshot built from them.
 */
import type { SnapshotBuilder } from "@/lib/server/documents/build-snapshot";
import { buildSnapshotInWorker } from "@/lib/server/documents/snapshot-worker/snapshot-worker";

export interface GatedSnapshotBuilder {
  build: SnapshotBuilder;
  /** Resolves once a compaction has read its rows and waits to build. */
  reached: Promise<void>;
  /** Lets the build (in the worker thread) go ahead. */
  open(): void;
}

export function gatedSnapshotBuilder(): GatedSnapshotBuilder {
  let open = () => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  let markReached = () => {};
  const reached = new Promise<void>((resolve) => (markReached = resolve));
  return {
    reached,
    open: () => open(),
    build: async (roomId, snapshot, updates) => {
      markReached();
      await gate;
      return buildSnapshotInWorker(roomId, snapshot, updates);
    },
  };
}
