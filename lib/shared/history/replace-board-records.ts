/**
 * Makes one document's board (its tldraw records) equal to another's, as ordinary Yjs edits:
 * records missing from `source` are deleted, differing ones set, equal ones left alone. Used by
 * the server to restore a version (the edits become a new update, so history keeps both) and by
 * the review page to show a version in a read-only copy.
 *
 * Room-level state (timer, mode, votes…) is not part of a version's board and is kept as it is.
 */
import type * as Y from "yjs";
import { YKeyValue } from "y-utility/y-keyvalue";
import { getRecordsArray } from "@/lib/shared/realtime/doc-layout";

export interface ReplaceResult {
  put: number;
  deleted: number;
}

type RecordEntry = { key: string; val: unknown };

/** Edits `target` in one transaction (with `origin`) so its records equal `source`'s. */
export function replaceBoardRecords(
  target: Y.Doc,
  source: Y.Doc,
  origin: unknown = null,
): ReplaceResult {
  const wanted = new YKeyValue(getRecordsArray(source) as Y.Array<RecordEntry>).map;
  const current = new YKeyValue(getRecordsArray(target) as Y.Array<RecordEntry>);
  const result: ReplaceResult = { put: 0, deleted: 0 };
  target.transact(() => {
    for (const key of [...current.map.keys()]) {
      if (wanted.has(key)) continue;
      current.delete(key);
      result.deleted += 1;
    }
    for (const [key, entry] of wanted) {
      const existing = current.map.get(key);
      if (existing && sameJson(existing.val, entry.val)) continue;
      current.set(key, entry.val);
      result.put += 1;
    }
  }, origin);
  return result;
}

/** Records are plain JSON written by tldraw, so key order is stable per record. */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
