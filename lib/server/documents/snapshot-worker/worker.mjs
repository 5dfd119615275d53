// @ts-check
/**
 * Entry of the snapshot worker thread (snapshot-worker.ts starts it). Each request carries one
 * transferred buffer holding the stored snapshot and updates back to back, plus their lengths;
 * the answer transfers the built snapshot back. Requests are handled one at a time, in order.
 */
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import { performance } from "node:perf_hooks";
import { foldUpdates } from "./fold-updates.mjs";

// Background work: on a busy (or single) core the event loop thread must win. On Linux a
// priority set with pid 0 applies to the calling thread only (elsewhere to the whole process,
// so it is left alone there); raising one's own nice value needs no privilege.
if (process.platform === "linux") setPriority(10);

/**
 * @param {{ id: number; packed: ArrayBuffer; snapshotLength: number | null; updateLengths: number[] }} request
 */
function handle(request) {
  const started = performance.now();
  let offset = 0;
  /** @param {number} length */
  const take = (length) => {
    const view = new Uint8Array(request.packed, offset, length);
    offset += length;
    return view;
  };
  const snapshot = request.snapshotLength === null ? null : take(request.snapshotLength);
  const updates = request.updateLengths.map(take);
  const folded = foldUpdates(snapshot, updates);
  const built = folded.snapshot;
  // Transferable only when the view spans its whole buffer (lib0 encodes into an exact one).
  const own = built.byteOffset === 0 && built.byteLength === built.buffer.byteLength;
  const snapshotOut = own ? built : built.slice();
  return {
    message: {
      id: request.id,
      ok: true,
      snapshot: snapshotOut,
      failures: folded.failures,
      buildMs: performance.now() - started,
    },
    transfer: [snapshotOut.buffer],
  };
}

parentPort?.on("message", (request) => {
  try {
    const { message, transfer } = handle(request);
    parentPort?.postMessage(message, transfer);
  } catch (error) {
    parentPort?.postMessage({
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
