/**
 * Keeps a person's private records in this browser's storage (key per room and user), so a
 * reload during a silent brainstorm does not lose them: they live on this device only until
 * the room opens and they are published. Saved with tldraw's schema, migrated when restored.
 */
import type { SerializedSchema, TLRecord, TLStore } from "tldraw";
import { isPrivateRecord } from "@/lib/shared/facilitation/silent";
import { privateRecordsOf } from "./private-records";

/** The part of the Web Storage API used here (window.localStorage in the browser). */
export type PrivateStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

interface SavedPrivateRecords {
  schema: SerializedSchema;
  records: TLRecord[];
}

export function privateStorageKey(roomId: string, userId: string): string {
  return `cocreate:private:${roomId}:${userId}`;
}

/** Writes the store's private records (or removes the key when there are none). */
export function savePrivateRecords(store: TLStore, storage: PrivateStorage, key: string): void {
  const records = privateRecordsOf(store.allRecords());
  try {
    if (records.length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ schema: store.schema.serialize(), records } satisfies SavedPrivateRecords));
  } catch (error) {
    console.warn("[cocreate] private notes could not be saved on this device", error);
  }
}

/**
 * Puts the saved private records into the store (as remote changes: nothing is written to the
 * document). Records whose id the store already has were published before and are skipped.
 * Returns how many were restored.
 */
export function restorePrivateRecords(store: TLStore, storage: PrivateStorage, key: string): number {
  let saved: SavedPrivateRecords;
  try {
    const raw = storage.getItem(key);
    if (!raw) return 0;
    saved = JSON.parse(raw) as SavedPrivateRecords;
  } catch {
    return 0;
  }
  if (!saved || !Array.isArray(saved.records)) return 0;
  const snapshot = Object.fromEntries(saved.records.map((record) => [record.id, record]));
  const migrated = store.schema.migrateStoreSnapshot({ store: snapshot, schema: saved.schema ?? store.schema.serialize() });
  if (migrated.type === "error") return 0;
  const toRestore = Object.values(migrated.value as Record<string, TLRecord>).filter(
    (record) => isPrivateRecord(record) && !store.has(record.id),
  );
  let restored = 0;
  store.mergeRemoteChanges(() => {
    for (const record of toRestore) {
      try {
        store.put([record]);
        restored++;
      } catch (error) {
        console.warn(`[cocreate] skipped a private record ${record.id}`, error);
      }
    }
  });
  return restored;
}

/** Saves the private records whenever one of them changes; returns a function that stops. */
export function persistPrivateRecords(store: TLStore, storage: PrivateStorage, key: string): () => void {
  return store.listen(
    ({ changes }) => {
      const touched = [
        ...Object.values(changes.added),
        ...Object.values(changes.updated).flat(),
        ...Object.values(changes.removed),
      ].some(isPrivateRecord);
      if (touched) savePrivateRecords(store, storage, key);
    },
    { scope: "document" },
  );
}
