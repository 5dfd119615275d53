/**
 * Enforces locked records (lib/shared/locks/locked-record.ts) for connections that are not
 * facilitators. The canvas already keeps honest participants away from locked shapes; this guard
 * makes the rule hold against a modified client.
 *
 * Records live in the `tldraw` Y.Array as YKeyValue entries `{ key, val }`. YKeyValue overwrites
 * a record by deleting its entry and pushing a new one, and deletes a record by deleting its
 * entry. So an update is refused when it
 * (a) deletes an entry of the room's document whose record is locked (move, edit or delete),
 * (b) adds an entry whose record is locked (a participant may not create locked shapes), or
 * (c) adds an entry for a record id that is locked now (an overwrite without the delete, which
 *     other clients' YKeyValue would resolve in its favour).
 * Cost: (a) is a binary search per deleted range, (b) and (c) an O(1) index lookup per added
 * entry (lock-index.ts), so a 10k-record board costs no more than an empty one.
 * Known gap, as in update-guard.ts: an entry still waiting in the write queue (accepted but not
 * yet applied) is not in the index, so deleting it in that window is not caught.
 */
import * as Y from "yjs";
import { DOC_RECORDS_ARRAY, getRecordsArray } from "@/lib/shared/realtime/doc-layout";
import { forEachDeletedItem } from "./deleted-items";
import { forbidden } from "./errors";
import { entriesOf, entryKey, entryKeyIfLocked, lockIndexFor, type LockIndex } from "./lock-index";
import { PlacementResolver, type DecodedUpdate } from "./update-guard";

/**
 * Throws a forbidden refusal when `decoded` changes, deletes or creates a locked record.
 * `queued` are decoded updates accepted but not yet applied to `doc`.
 */
export function assertNoLockedRecordWrites(
  doc: Y.Doc,
  decoded: DecodedUpdate,
  queued: Iterable<DecodedUpdate>,
): void {
  const index = lockIndexFor(doc);
  let resolver: PlacementResolver | null = null;
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    const entries = entriesOf(struct);
    if (entries.length === 0) continue;
    resolver ??= new PlacementResolver(doc, decoded, [...queued].reverse());
    const placement = resolver.placementOf(struct);
    // Unattributable items are checked too: a locked record has no business anywhere.
    if (placement && (placement.rootName !== DOC_RECORDS_ARRAY || placement.parentSub !== null)) {
      continue;
    }
    for (const entry of entries) {
      const lockedKey = entryKeyIfLocked(entry);
      if (lockedKey !== null) throw forbidden(`creates locked record "${lockedKey}"`);
      const key = entryKey(entry);
      if (key !== null && index.isLocked(key)) throw forbidden(`overwrites locked record "${key}"`);
    }
  }
  if (index.lockedCount > 0) assertNoLockedDeletions(doc, decoded, index);
}

/**
 * (a): deleted ranges against the document's live entries of locked records. Deleting a locked
 * entry is allowed only while another entry for the same record stays: that is YKeyValue
 * cleaning up a duplicate left by two facilitators' concurrent edits, which every client does.
 */
function assertNoLockedDeletions(doc: Y.Doc, decoded: DecodedUpdate, index: LockIndex): void {
  const records = getRecordsArray(doc);
  const deletedPerKey = new Map<string, number>();
  const lockedKeys = new Set<string>();
  forEachDeletedItem(doc, decoded, (item, from, to) => {
    if (item.parent !== records) return;
    for (const entry of entriesOf(item).slice(from, to)) {
      const key = entryKey(entry);
      if (key === null) continue;
      deletedPerKey.set(key, (deletedPerKey.get(key) ?? 0) + 1);
      if (entryKeyIfLocked(entry) !== null) lockedKeys.add(key);
    }
  });
  for (const key of lockedKeys) {
    if (index.liveEntries(key) - (deletedPerKey.get(key) ?? 0) < 1) {
      throw forbidden(`changes locked record "${key}"`);
    }
  }
}
