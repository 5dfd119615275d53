/**
 * The snapshot worker: one worker thread per process (worker.mjs) that builds compaction
 * snapshots, so the Yjs work (seconds of CPU for a large room on a slow machine) never blocks
 * the event loop that fans out everyone's edits. Started on first use; builds run one at a time
 * in order. Only Node entry points (server/, tests, bench) import this, never the Next bundle.
 *
 * If the worker dies, the builds in flight reject (that compaction fails and is retried at the
 * next threshold: the update log still holds everything) and the next build starts a new one.
 */
import { Worker } from "node:worker_threads";
import { logFoldFailures, type SnapshotBuilder } from "../build-snapshot";
import type { FoldFailure } from "./fold-updates.mjs";

type Answer =
  | { id: number; ok: true; snapshot: Uint8Array; failures: FoldFailure[]; buildMs: number }
  | { id: number; ok: false; message: string };

interface PendingBuild {
  resolve: (answer: Answer) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
const pending = new Map<number, PendingBuild>();
let nextId = 1;

function startWorker(): Worker {
  const started = new Worker(new URL("./worker.mjs", import.meta.url));
  const failAll = (error: Error) => {
    if (worker === started) worker = null;
    for (const build of pending.values()) build.reject(error);
    pending.clear();
  };
  started.on("message", (answer: Answer) => {
    const build = pending.get(answer.id);
    if (!build) return;
    pending.delete(answer.id);
    // An idle worker must not keep the process alive; one that is building must.
    if (pending.size === 0) started.unref();
    build.resolve(answer);
  });
  started.on("error", failAll);
  started.on("exit", (code) => failAll(new Error(`snapshot worker exited (code ${code})`)));
  return started;
}

/**
 * The stored snapshot and updates back to back in one new buffer, which is then moved (not
 * copied) to the worker: one copy in all, on this thread a memcpy.
 */
function pack(snapshot: Uint8Array | null, updates: Uint8Array[]) {
  const total = updates.reduce((sum, update) => sum + update.byteLength, snapshot?.byteLength ?? 0);
  const packed = new ArrayBuffer(total);
  const bytes = new Uint8Array(packed);
  let offset = 0;
  for (const part of snapshot ? [snapshot, ...updates] : updates) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return {
    packed,
    snapshotLength: snapshot ? snapshot.byteLength : null,
    updateLengths: updates.map((update) => update.byteLength),
  };
}

/** Builds the snapshot in the worker thread; skipped rows are logged here, as in this thread. */
export const buildSnapshotInWorker: SnapshotBuilder = async (roomId, snapshot, updates) => {
  worker ??= startWorker();
  worker.ref();
  const id = nextId++;
  const request = { id, ...pack(snapshot, updates) };
  const answer = await new Promise<Answer>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker!.postMessage(request, [request.packed]);
  });
  if (!answer.ok) throw new Error(`snapshot build failed: ${answer.message}`);
  logFoldFailures(roomId, answer.failures);
  return { snapshot: answer.snapshot, buildMs: answer.buildMs, offThread: true };
};
