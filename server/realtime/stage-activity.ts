/**
 * Which stage pages a batch of updates touches, so the store can record activity per stage
 * (RoomActivity; read by the trainer's cohort overview). Records live in the `tldraw` array as
 * YKeyValue entries `{ key, val }`; a shape's stage is the page its parents lead to. An edit
 * adds an entry (YKeyValue overwrites by delete + push), a removal deletes one, so both sides
 * of an update are looked at.
 *
 * Cost: the parent index is built once per document and kept current by an observer; an
 * update then costs a map lookup per added or deleted entry and a binary search per deleted
 * range, the same order as the lock guard's.
 */
import * as Y from "yjs";
import type { StageActivity } from "@/lib/server/documents/room-document-store";
import { getRecordsArray } from "@/lib/shared/realtime/doc-layout";
import { stageByPageId } from "@/lib/shared/stages";
import { forEachDeletedItem } from "./deleted-items";
import { entriesOf, entryKey } from "./lock-index";
import type { DecodedUpdate } from "./update-guard";

const MAX_PARENT_HOPS = 50;
const parentIndexes = new WeakMap<Y.Doc, Map<string, string>>();

function parentOf(entry: unknown): string | null {
  const val = (entry as { val?: { parentId?: unknown } } | null)?.val;
  return typeof val?.parentId === "string" ? val.parentId : null;
}

/**
 * Record id → parent id of every record the document has held. Entries are never removed: a
 * deleted shape's parent is exactly what attributes its deletion, and a stale id costs a few
 * bytes.
 */
function parentIndexFor(doc: Y.Doc): Map<string, string> {
  const existing = parentIndexes.get(doc);
  if (existing) return existing;
  const index = new Map<string, string>();
  const note = (entry: unknown) => {
    const key = entryKey(entry);
    const parentId = parentOf(entry);
    if (key !== null && parentId !== null) index.set(key, parentId);
  };
  const records = getRecordsArray(doc);
  for (const entry of records.toArray()) note(entry);
  records.observe((event) => {
    for (const item of event.changes.added) for (const entry of entriesOf(item)) note(entry);
  });
  parentIndexes.set(doc, index);
  return index;
}

function stageOf(recordId: string, parents: (id: string) => string | undefined): string | null {
  let id: string | undefined = recordId;
  for (let hop = 0; id && hop < MAX_PARENT_HOPS; hop++) {
    if (id.startsWith("page:")) return stageByPageId(id)?.id ?? null;
    id = parents(id);
  }
  return null;
}

/** Keys of the record entries of `doc` that `decoded` deletes. */
function deletedKeys(doc: Y.Doc, decoded: DecodedUpdate): string[] {
  const records = getRecordsArray(doc);
  const keys: string[] = [];
  forEachDeletedItem(doc, decoded, (item, from, to) => {
    if (item.parent !== records) return;
    for (const entry of entriesOf(item).slice(from, to)) {
      const key = entryKey(entry);
      if (key !== null) keys.push(key);
    }
  });
  return keys;
}

/** The stage ids `decoded` touches, given the document it will be applied to. */
export function stagesTouchedBy(doc: Y.Doc, decoded: DecodedUpdate): Set<string> {
  const index = parentIndexFor(doc);
  const local = new Map<string, string>();
  const keys: string[] = [];
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    for (const entry of entriesOf(struct)) {
      const key = entryKey(entry);
      if (key === null) continue;
      keys.push(key);
      const parentId = parentOf(entry);
      if (parentId !== null) local.set(key, parentId);
    }
  }
  keys.push(...deletedKeys(doc, decoded));
  const parents = (id: string) => local.get(id) ?? index.get(id);
  const stages = new Set<string>();
  for (const key of keys) {
    const stageId = stageOf(key, parents);
    if (stageId) stages.add(stageId);
  }
  return stages;
}

/** The activity rows of a batch: per stage, how many of its updates touched it. */
export function batchActivity(doc: Y.Doc, batch: readonly DecodedUpdate[]): StageActivity[] {
  const counts = new Map<string | null, number>();
  for (const decoded of batch) {
    const stages = stagesTouchedBy(doc, decoded);
    if (stages.size === 0) counts.set(null, (counts.get(null) ?? 0) + 1);
    for (const stageId of stages) counts.set(stageId, (counts.get(stageId) ?? 0) + 1);
  }
  return [...counts].map(([stageId, updates]) => ({ stageId, updates }));
}
