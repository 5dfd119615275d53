/**
 * Per room document: which record ids are currently locked (lib/shared/locks/locked-record.ts).
 * Built once from the records array on first use, then kept current by observing that array,
 * so the lock guard answers "is this id locked?" in O(1) even on a 10k-record board.
 *
 * YKeyValue may briefly hold two entries for one key (concurrent writes; every client that
 * notices deletes the loser). The index counts live entries per key, and locked ones, so a key
 * is locked while any of its live entries is locked (conservative), and the guard can tell the
 * clean-up of a duplicate from the removal of a record.
 */
import * as Y from "yjs";
import { isLockedRecord } from "@/lib/shared/locks/locked-record";
import { getRecordsArray } from "@/lib/shared/realtime/doc-layout";

export interface LockIndex {
  isLocked(recordId: string): boolean;
  /** Live entries for `recordId` in the array: 1 normally, more while duplicates exist. */
  liveEntries(recordId: string): number;
  /** Number of locked record ids (for logs and tests). */
  readonly lockedCount: number;
}

const indexes = new WeakMap<Y.Doc, LockIndex>();

/** The lock index of `doc`, built on first call. */
export function lockIndexFor(doc: Y.Doc): LockIndex {
  const existing = indexes.get(doc);
  if (existing) return existing;
  const liveEntries = new Map<string, number>();
  const lockedEntries = new Map<string, number>();
  const count = (entry: unknown, delta: 1 | -1) => {
    const key = entryKey(entry);
    if (key === null) return;
    addTo(liveEntries, key, delta);
    if (entryKeyIfLocked(entry) !== null) addTo(lockedEntries, key, delta);
  };
  const records = getRecordsArray(doc);
  for (const entry of records.toArray()) count(entry, 1);
  records.observe((event) => {
    // Deleted items still hold their content while observers run (GC happens afterwards).
    for (const item of event.changes.deleted) for (const entry of entriesOf(item)) count(entry, -1);
    for (const item of event.changes.added) for (const entry of entriesOf(item)) count(entry, 1);
  });
  const index: LockIndex = {
    isLocked: (recordId) => lockedEntries.has(recordId),
    liveEntries: (recordId) => liveEntries.get(recordId) ?? 0,
    get lockedCount() {
      return lockedEntries.size;
    },
  };
  indexes.set(doc, index);
  return index;
}

function addTo(counts: Map<string, number>, key: string, delta: 1 | -1): void {
  const next = (counts.get(key) ?? 0) + delta;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}

/** The JSON values an item holds, when it holds JSON values (YKeyValue entries are ContentAny). */
export function entriesOf(item: Y.Item): readonly unknown[] {
  const content = item.content;
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) {
    return content.getContent();
  }
  return [];
}

/** The entry's key when it is a `{ key, val }` entry whose record is locked, else null. */
export function entryKeyIfLocked(entry: unknown): string | null {
  if (typeof entry !== "object" || entry === null) return null;
  const { key, val } = entry as { key?: unknown; val?: unknown };
  return typeof key === "string" && isLockedRecord(val) ? key : null;
}

/** The entry's key when it is a `{ key, val }` entry, else null. */
export function entryKey(entry: unknown): string | null {
  if (typeof entry !== "object" || entry === null) return null;
  const { key } = entry as { key?: unknown };
  return typeof key === "string" ? key : null;
}
