// @ts-check
/**
 * Folds a stored snapshot and stored updates into one snapshot, through a Y.Doc so deleted
 * content is garbage-collected (Y.mergeUpdates would keep every deleted record copy forever).
 *
 * Plain JavaScript importing only yjs, so a worker thread can load it as it is, whatever runs
 * the parent (tsx in development and production, vitest in tests): Node 20 does not apply
 * tsx's loader to a worker's entry. Types: fold-updates.d.mts.
 */
import * as Y from "yjs";

/** @typedef {import("./fold-updates.mjs").FoldFailure} FoldFailure */

/**
 * @param {Uint8Array | null} snapshot
 * @param {Uint8Array[]} updates
 * @returns {{ snapshot: Uint8Array; failures: FoldFailure[] }}
 */
export function foldUpdates(snapshot, updates) {
  const doc = new Y.Doc();
  /** @type {FoldFailure[]} */
  const failures = [];
  try {
    doc.transact(() => {
      if (snapshot) apply(doc, snapshot, "snapshot", failures);
      updates.forEach((update, index) => apply(doc, update, index, failures));
    });
    return { snapshot: Y.encodeStateAsUpdate(doc), failures };
  } finally {
    doc.destroy();
  }
}

/**
 * One bad row must not make the room uncompactable (or unloadable): it is skipped and reported.
 * @param {Y.Doc} doc
 * @param {Uint8Array} update
 * @param {FoldFailure["row"]} row
 * @param {FoldFailure[]} failures
 */
function apply(doc, update, row, failures) {
  try {
    Y.applyUpdate(doc, update);
  } catch (error) {
    failures.push({ row, message: error instanceof Error ? error.message : String(error) });
  }
}
