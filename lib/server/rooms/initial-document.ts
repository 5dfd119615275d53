/**
 * The Yjs document a new room starts from, built once on the server when the room is created and
 * stored as its first snapshot. Layout per lib/shared/realtime/doc-layout.ts.
 */
import { createTLSchema } from "@tldraw/tlschema";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import {
  DOC_LAYOUT_VERSION,
  RoomKey,
  getRecordsArray,
  getRoomMap,
} from "@/lib/shared/realtime/doc-layout";
import { buildInitialRecords } from "@/lib/shared/templates";

export { buildInitialRecords };

/**
 * A Yjs update (`Y.encodeStateAsUpdate` of a fresh doc) holding the document record, the five
 * stage pages with their templates, and the `room` map: `activeStage` "empathize", tldraw's
 * serialized schema (so clients can migrate the records) and the layout version.
 */
export function createInitialDocumentUpdate(): Uint8Array {
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      const records = new YKeyValue(getRecordsArray(doc));
      for (const record of buildInitialRecords()) records.set(record.id, record);
      const room = getRoomMap(doc);
      room.set(RoomKey.activeStage, "empathize");
      room.set(RoomKey.tldrawSchema, createTLSchema().serialize());
      room.set(RoomKey.layoutVersion, DOC_LAYOUT_VERSION);
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
