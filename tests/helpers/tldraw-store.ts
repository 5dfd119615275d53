/**
 * Real tldraw stores on real Y.Docs for unit tests: documents linked the way the websocket
 * provider links them, store writes flushed at once, and the records a board starts with.
 */
import type { TLRecord, TLShapeId, TLStore } from "@tldraw/editor";
import { DocumentRecordType, PageRecordType, TLDOCUMENT_ID, toRichText } from "@tldraw/tlschema";
import * as Y from "yjs";

/** The origin of updates that came "over the network" (relayed from the other document). */
export const REMOTE = "network";

/** Relays every update of `from` that did not come from the network into `to`. */
export function relay(from: Y.Doc, to: Y.Doc): void {
  from.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(to, update, REMOTE);
  });
}

/** Two documents kept in sync both ways, as two clients of one room. */
export function linkedDocs(): [Y.Doc, Y.Doc] {
  const docA = new Y.Doc();
  const docB = new Y.Doc();
  relay(docA, docB);
  relay(docB, docA);
  return [docA, docB];
}

/** Puts records and runs the store's listeners now; tldraw batches them to the next frame. */
export function put(store: TLStore, records: TLRecord[]): void {
  store.put(records);
  store._flushHistory();
}

/** The document record and one page (`page:<stage>`), as a board starts. */
export function boardRecords(pageId: string, pageName: string): TLRecord[] {
  return [
    DocumentRecordType.create({ id: TLDOCUMENT_ID }),
    PageRecordType.create({ id: pageId as never, name: pageName, index: "a1" as never }),
  ] as TLRecord[];
}

interface NoteOptions {
  text: string;
  parentId: string;
  /** tldraw's attribution: the `user:` id that last edited the text. */
  author?: string | null;
  x?: number;
  y?: number;
}

/** A sticky note with tldraw's default note props, made by `store`'s schema. */
export function noteShape(store: TLStore, id: TLShapeId, note: NoteOptions): TLRecord {
  return store.schema.types.shape.create({
    id,
    type: "note",
    parentId: note.parentId,
    index: "a1",
    x: note.x ?? 0,
    y: note.y ?? 0,
    props: {
      color: "yellow",
      labelColor: "black",
      size: "m",
      font: "draw",
      fontSizeAdjustment: 1,
      align: "middle",
      verticalAlign: "middle",
      growY: 0,
      url: "",
      richText: toRichText(note.text),
      scale: 1,
      textLastEditedBy: note.author ?? null,
    },
  } as never) as TLRecord;
}
