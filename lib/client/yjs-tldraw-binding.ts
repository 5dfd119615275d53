/**
 * Binds a tldraw store to a room's Yjs document (layout: lib/shared/realtime/doc-layout.ts).
 * Framework-free so it runs in Node tests with two stores and two documents.
 *
 * What must stay true:
 * - Records written to the document are exactly tldraw's records (JSON), keyed by id.
 * - A change never echoes: our own transactions carry `origin`, and the Yjs→store path skips
 *   them; store changes applied from Yjs go through `mergeRemoteChanges` (source "remote"),
 *   which the store→Yjs listener (source "user") never sees.
 * - Boards written by an older tldraw are migrated on load; the migrated records are written
 *   back once, together with the schema they now follow, so every client agrees.
 */
import type { SerializedSchema, TLRecord, TLStore } from "tldraw";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";
import { getRecordsArray, getRoomMap, RoomKey } from "@/lib/shared/realtime/doc-layout";

type RecordChange =
  | { action: "add"; newValue: TLRecord }
  | { action: "update"; oldValue: TLRecord; newValue: TLRecord }
  | { action: "delete"; oldValue: TLRecord };

export interface YjsTldrawBindingOptions {
  store: TLStore;
  doc: Y.Doc;
  /** False for viewers: local changes stay local and nothing is ever written to the document. */
  canWrite?: boolean;
  /** Records for which this returns false are never written (e.g. tldraw's default page). */
  shouldWriteRecord?: (record: TLRecord) => boolean;
  /**
   * Whether this client writes records it migrated on load back to the document (default:
   * `canWrite`). Only facilitators should: migrated template shapes are locked, and the server
   * refuses a participant's write to them. Everyone else migrates in memory on every load.
   */
  writeMigrations?: boolean;
}

export interface YjsTldrawBinding {
  /** The transaction origin of every write this binding makes. */
  readonly origin: object;
  /** True when the records in the document were migrated to the current schema on load. */
  readonly migratedOnLoad: boolean;
  /** Stops syncing in both directions; the store and the document are left as they are. */
  dispose(): void;
}

/** Loads the document's records into `store` and keeps both in sync until `dispose()`. */
export function bindStoreToYDoc(options: YjsTldrawBindingOptions): YjsTldrawBinding {
  const { store, doc, canWrite = true, shouldWriteRecord = () => true } = options;
  const writeMigrations = options.writeMigrations ?? canWrite;
  const origin = { binding: "yjs-tldraw" };
  const records = new YKeyValue<TLRecord>(getRecordsArray(doc) as Y.Array<{ key: string; val: TLRecord }>);
  const roomMap = getRoomMap(doc);
  const currentSchema = store.schema.serialize();

  const migratedOnLoad = loadRecords(store, records, roomMap, currentSchema, writeMigrations ? origin : null);

  const stopListening = store.listen(
    ({ changes }) => {
      if (!canWrite) return;
      const puts: TLRecord[] = [
        ...Object.values(changes.added),
        ...Object.values(changes.updated).map(([, to]) => to),
      ].filter(shouldWriteRecord);
      const removedIds = Object.keys(changes.removed).filter((id) => records.has(id));
      if (puts.length === 0 && removedIds.length === 0) return;
      doc.transact(() => {
        for (const record of puts) records.set(record.id, record);
        for (const id of removedIds) records.delete(id);
      }, origin);
    },
    { source: "user", scope: "document" },
  );

  const handleRemoteChange = (changes: Map<string, RecordChange>, transaction: Y.Transaction) => {
    if (transaction.origin === origin) return;
    const roomSchema = roomMap.get(RoomKey.tldrawSchema) as SerializedSchema | undefined;
    const toPut: TLRecord[] = [];
    const toRemove: TLRecord["id"][] = [];
    changes.forEach((change, id) => {
      if (change.action === "delete") toRemove.push(id as TLRecord["id"]);
      else toPut.push(migrateIncoming(store, change.newValue, roomSchema, currentSchema));
    });
    store.mergeRemoteChanges(() => {
      const present = toRemove.filter((id) => store.has(id));
      if (present.length > 0) store.remove(present);
      if (toPut.length > 0) putTolerantly(store, toPut);
    });
  };
  records.on("change", handleRemoteChange);

  return {
    origin,
    migratedOnLoad,
    dispose() {
      stopListening();
      records.off("change", handleRemoteChange);
    },
  };
}

/**
 * Puts the document's records into the store, migrated from the schema they were written with.
 * Returns whether migration changed anything. `writeOrigin` null means: never write back.
 */
function loadRecords(
  store: TLStore,
  records: YKeyValue<TLRecord>,
  roomMap: Y.Map<unknown>,
  currentSchema: SerializedSchema,
  writeOrigin: object | null,
): boolean {
  const storedSchema = (roomMap.get(RoomKey.tldrawSchema) as SerializedSchema | undefined) ?? currentSchema;
  const schemaChanged = JSON.stringify(storedSchema) !== JSON.stringify(roomMap.get(RoomKey.tldrawSchema));
  if (isSameSchema(storedSchema, currentSchema)) {
    // Written with our schema: nothing to migrate, copy or compare (a 10,000-record board spends
    // hundreds of ms on that). tldraw never mutates a record, so the store may hold the values the
    // document holds, as it does for every remote change (handleRemoteChange).
    replaceDocumentRecords(store, [...records.map.values()].map((entry) => entry.val));
    if (writeOrigin && schemaChanged && records.map.size > 0) {
      records.doc.transact(() => roomMap.set(RoomKey.tldrawSchema, currentSchema), writeOrigin);
    }
    return false;
  }

  const stored: Record<string, TLRecord> = {};
  for (const [id, entry] of records.map) stored[id] = structuredClone(entry.val);
  const result = store.schema.migrateStoreSnapshot({ store: stored, schema: storedSchema });
  if (result.type === "error") throw new Error(`The board could not be migrated: ${result.reason}`);
  const migrated = result.value as Record<string, TLRecord>;

  replaceDocumentRecords(store, Object.values(migrated));

  const changed = Object.values(migrated).filter(
    (record) => JSON.stringify(record) !== JSON.stringify(records.get(record.id)),
  );
  const removed = Object.keys(stored).filter((id) => !(id in migrated));
  const migratedOnLoad = changed.length > 0 || removed.length > 0;
  if (writeOrigin && (migratedOnLoad || (schemaChanged && records.map.size > 0))) {
    records.doc.transact(() => {
      for (const record of changed) records.set(record.id, record);
      for (const id of removed) records.delete(id);
      roomMap.set(RoomKey.tldrawSchema, currentSchema);
    }, writeOrigin);
  }
  return migratedOnLoad;
}

/**
 * Whether records written with schema `a` need no migration to `b`: the same record types at the
 * same versions. The server and the browser list the types in different orders, so the JSON of
 * two equal schemas differs.
 */
function isSameSchema(a: SerializedSchema, b: SerializedSchema): boolean {
  if (a.schemaVersion !== 2 || b.schemaVersion !== 2) return JSON.stringify(a) === JSON.stringify(b);
  const types = Object.keys(a.sequences);
  return (
    types.length === Object.keys(b.sequences).length && types.every((type) => a.sequences[type] === b.sequences[type])
  );
}

/** Makes the store's document records exactly `records` (as remote changes: no history, no echo). */
function replaceDocumentRecords(store: TLStore, records: TLRecord[]): void {
  const ids = new Set(records.map((record) => record.id));
  store.mergeRemoteChanges(() => {
    const stale = store
      .allRecords()
      .filter((record) => store.scopedTypes.document.has(record.typeName) && !ids.has(record.id));
    if (stale.length > 0) store.remove(stale.map((record) => record.id));
    putTolerantly(store, records);
  });
}

/** Brings a record written by a client on an older schema up to ours (no-op when equal). */
function migrateIncoming(
  store: TLStore,
  record: TLRecord,
  roomSchema: SerializedSchema | undefined,
  currentSchema: SerializedSchema,
): TLRecord {
  if (!roomSchema || isSameSchema(roomSchema, currentSchema)) return record;
  const result = store.schema.migratePersistedRecord(structuredClone(record), roomSchema);
  return result.type === "success" ? (result.value as TLRecord) : record;
}

/** Puts records; if one is invalid, puts the rest one by one and reports the bad ones. */
function putTolerantly(store: TLStore, toPut: TLRecord[]): void {
  try {
    store.put(toPut);
  } catch {
    for (const record of toPut) {
      try {
        store.put([record]);
      } catch (error) {
        console.warn(`[cocreate] skipped an invalid record ${record.id}`, error);
      }
    }
  }
}
