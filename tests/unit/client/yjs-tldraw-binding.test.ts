/**
 * The tldraw⇄Yjs binding with real parts: two tldraw stores, each bound to its own Y.Doc, the
 * two documents kept in sync by exchanging updates the way the websocket provider does.
 */
import { createShapeId, createTLStore, type TLRecord, type TLShapeId, type TLStore } from "@tldraw/editor";
import { PageRecordType, TLDOCUMENT_ID } from "@tldraw/tlschema";
import { afterEach, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { bindStoreToYDoc, type YjsTldrawBinding } from "@/lib/client/yjs-tldraw-binding";
import { richTextToPlain } from "@/lib/shared/rich-text-to-plain";
import { getRecordsArray, getRoomMap, RoomKey } from "@/lib/shared/realtime/doc-layout";
import { boardRecords, linkedDocs, noteShape, put, REMOTE } from "../../helpers/tldraw-store";

const bindings: YjsTldrawBinding[] = [];
afterEach(() => bindings.splice(0).forEach((binding) => binding.dispose()));

function bind(store: TLStore, doc: Y.Doc, canWrite = true): YjsTldrawBinding {
  const binding = bindStoreToYDoc({ store, doc, canWrite, shouldWriteRecord: (r) => r.id !== "page:page" });
  bindings.push(binding);
  return binding;
}

function noteRecord(store: TLStore, id: TLShapeId, text: string): TLRecord {
  return noteShape(store, id, { text, parentId: "page:empathize", x: 100, y: 100 });
}

const seedRecords = () => boardRecords("page:empathize", "Inleven");

function noteTexts(store: TLStore): string[] {
  return store
    .allRecords()
    .filter((record) => record.typeName === "shape" && record.type === "note")
    .map((record) => richTextToPlain((record as { props: { richText: unknown } }).props.richText));
}

describe("bindStoreToYDoc", () => {
  it("sends a change in store A to store B without echoing it back", () => {
    const [docA, docB] = linkedDocs();
    const storeA = createTLStore({});
    const storeB = createTLStore({});
    bind(storeA, docA);
    put(storeA, seedRecords());
    bind(storeB, docB); // loads what A wrote so far
    expect(storeB.get(TLDOCUMENT_ID)).toBeTruthy();
    expect(storeB.get("page:empathize" as never)).toBeTruthy();

    let updatesFromA = 0;
    let updatesFromB = 0;
    docA.on("update", (_update: Uint8Array, origin: unknown) => void (origin !== REMOTE && updatesFromA++));
    docB.on("update", (_update: Uint8Array, origin: unknown) => void (origin !== REMOTE && updatesFromB++));

    const noteId = createShapeId("idea");
    put(storeA, [noteRecord(storeA, noteId, "Meer groen")]);
    expect(noteTexts(storeB)).toEqual(["Meer groen"]);
    expect(updatesFromA).toBe(1);
    expect(updatesFromB).toBe(0); // B applied it without writing anything back

    const moved = { ...storeB.get(noteId)!, x: 300 } as TLRecord;
    put(storeB, [moved]);
    expect((storeA.get(noteId) as { x: number }).x).toBe(300);
    expect(updatesFromA).toBe(1);
    expect(updatesFromB).toBe(1);
  });

  it("applies remote deletes", () => {
    const [docA, docB] = linkedDocs();
    const storeA = createTLStore({});
    const storeB = createTLStore({});
    bind(storeA, docA);
    bind(storeB, docB);
    const noteId = createShapeId("to-delete");
    put(storeA, [...seedRecords(), noteRecord(storeA, noteId, "weg ermee")]);
    expect(storeB.has(noteId)).toBe(true);
    storeB.remove([noteId]);
    storeB._flushHistory();
    expect(storeA.has(noteId)).toBe(false);
    expect(new YKeyValue(getRecordsArray(docA)).has(noteId)).toBe(false);
  });

  it("writes nothing for a viewer and never writes tldraw's default page", () => {
    const [docA, docB] = linkedDocs();
    const storeA = createTLStore({});
    const storeB = createTLStore({});
    bind(storeA, docA);
    bind(storeB, docB, false);
    put(storeA, seedRecords());
    put(storeA, [PageRecordType.create({ id: "page:page" as never, name: "Page 1", index: "a2" as never })]);
    // (store B may make its own default page locally: tldraw's integrity check, never synced)
    expect(new YKeyValue(getRecordsArray(docB)).has("page:page")).toBe(false);
    expect(new YKeyValue(getRecordsArray(docB)).has("page:empathize")).toBe(true);
    put(storeB, [noteRecord(storeB, createShapeId("viewer"), "mag niet")]);
    expect(noteTexts(storeA)).toEqual([]);
  });

  it("migrates a board written with an older schema on load and writes it back once", () => {
    const [docA, docB] = linkedDocs();
    const storeA = createTLStore({});
    // A note as tldraw wrote it at note props version 8: plain `text`, no rich text yet.
    const current = noteRecord(storeA, createShapeId("old"), "unused") as TLRecord & { props: Record<string, unknown> };
    const oldProps = { ...current.props };
    delete oldProps.richText;
    delete oldProps.textLastEditedBy;
    const oldNote = { ...current, props: { ...oldProps, text: "Oude notitie", fontSizeAdjustment: 0 } };
    const oldSchema = structuredClone(storeA.schema.serialize()) as { sequences: Record<string, number> };
    oldSchema.sequences["com.tldraw.shape.note"] = 8;

    const yRecordsB = new YKeyValue(getRecordsArray(docB));
    docB.transact(() => {
      for (const record of [...seedRecords(), oldNote]) yRecordsB.set(record.id, record);
      getRoomMap(docB).set(RoomKey.tldrawSchema, oldSchema);
    }, "seed");

    let writes = 0;
    docA.on("update", (_update: Uint8Array, origin: unknown) => void (origin !== REMOTE && writes++));
    const binding = bind(storeA, docA);
    expect(binding.migratedOnLoad).toBe(true);
    expect(noteTexts(storeA)).toEqual(["Oude notitie"]);
    expect(writes).toBe(1);

    // The migrated record and the current schema reached the other document.
    const migrated = yRecordsB.get(oldNote.id) as { props: Record<string, unknown> };
    expect(migrated.props.text).toBeUndefined();
    expect(richTextToPlain(migrated.props.richText)).toBe("Oude notitie");
    expect(getRoomMap(docB).get(RoomKey.tldrawSchema)).toEqual(storeA.schema.serialize());

    // A second client loading the migrated board has nothing to migrate or write.
    const storeC = createTLStore({});
    const docC = new Y.Doc();
    Y.applyUpdate(docC, Y.encodeStateAsUpdate(docB));
    let writesC = 0;
    docC.on("update", () => void writesC++);
    expect(bind(storeC, docC).migratedOnLoad).toBe(false);
    expect(writesC).toBe(0);
    expect(noteTexts(storeC)).toEqual(["Oude notitie"]);
  });

  it("loads a board whose schema lists the same types in another order as it is, writing nothing", () => {
    const store = createTLStore({});
    const doc = new Y.Doc();
    const yRecords = new YKeyValue(getRecordsArray(doc));
    const note = noteRecord(store, createShapeId("same"), "Zelfde schema");
    const schema = store.schema.serialize() as { schemaVersion: 2; sequences: Record<string, number> };
    // The server serializes tldraw's default schema; its types come in another order.
    const reordered = { ...schema, sequences: Object.fromEntries(Object.entries(schema.sequences).reverse()) };
    doc.transact(() => {
      for (const record of [...seedRecords(), note]) yRecords.set(record.id, record);
      getRoomMap(doc).set(RoomKey.tldrawSchema, reordered);
    }, "seed");

    let writes = 0;
    doc.on("update", () => void writes++);
    expect(bind(store, doc).migratedOnLoad).toBe(false);
    expect(writes).toBe(0);
    expect(noteTexts(store)).toEqual(["Zelfde schema"]);
    expect(store.get(note.id)).toEqual(note);
  });
});
