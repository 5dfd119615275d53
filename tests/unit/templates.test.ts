/**
 * The starting document of a room: five stage pages with their templates. Records are checked
 * against tldraw's own validators, the rich text against tldraw's own TipTap schema, and the
 * whole document is loaded into a real tldraw store (tldraw's `createTLStore` runs in Node) both
 * directly and through the app's Yjs binding.
 */
import { getSchema } from "@tiptap/core";
import { createTLSchema, type TLPage, type TLRecord, type TLShape } from "@tldraw/tlschema";
import {
  createTLStore,
  defaultBindingUtils,
  defaultShapeUtils,
  loadSnapshot,
  tipTapDefaultExtensions,
  type SerializedSchema,
} from "tldraw";
import { describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { bindStoreToYDoc } from "@/lib/client/yjs-tldraw-binding";
import {
  DOC_LAYOUT_VERSION,
  getRecordsArray,
  getRoomMap,
  RoomKey,
} from "@/lib/shared/realtime/doc-layout";
import { STAGES } from "@/lib/shared/stages";
import { STAGE_TEMPLATES, buildInitialRecords, templateShapeId } from "@/lib/shared/templates";
import { createInitialDocumentUpdate } from "@/lib/server/rooms/initial-document";

const schema = createTLSchema();
const shapesOf = (records: TLRecord[]) =>
  records.filter((r): r is TLShape => r.typeName === "shape");
const pagesOf = (records: TLRecord[]) => records.filter((r): r is TLPage => r.typeName === "page");

function newAppStore() {
  return createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils });
}

function decodeInitialDocument(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, createInitialDocumentUpdate());
  return doc;
}

/** The page a shape finally sits on, following frames up. */
function pageOf(shape: TLShape, byId: Map<string, TLRecord>): string {
  let parentId: string = shape.parentId;
  while (parentId.startsWith("shape:")) {
    const parent = byId.get(parentId) as TLShape | undefined;
    if (!parent) throw new Error(`Missing parent ${parentId} of ${shape.id}`);
    parentId = parent.parentId;
  }
  return parentId;
}

describe("stage templates", () => {
  const records = buildInitialRecords();
  const byId = new Map<string, TLRecord>(records.map((record) => [record.id, record]));

  it("builds records that pass tldraw's validators", () => {
    for (const record of records) {
      const type = schema.types[record.typeName];
      expect(type, record.typeName).toBeDefined();
      expect(() => type!.validate(record), record.id).not.toThrow();
    }
    expect(byId.size).toBe(records.length); // no duplicate ids
  });

  it("has the five stage pages with fixed ids, in stage order", () => {
    const pages = pagesOf(records).sort((a, b) =>
      a.index < b.index ? -1 : a.index > b.index ? 1 : 0,
    );
    expect(pages.map((page) => page.id)).toEqual(STAGES.map((stage) => stage.pageId));
    expect(pages.map((page) => page.name)).toEqual([
      "Inleven / Empathize",
      "Definiëren / Define",
      "Ideeën / Ideate",
      "Prototype",
      "Testen / Test",
    ]);
    expect(byId.get("document:document")).toMatchObject({ typeName: "document" });
  });

  it("puts a template on every page, each shape marked as template", () => {
    const shapes = shapesOf(records);
    for (const stage of STAGES) {
      const onPage = shapes.filter((shape) => pageOf(shape, byId) === stage.pageId);
      expect(onPage.length, stage.id).toBeGreaterThanOrEqual(4);
      expect(onPage.map((shape) => shape.id)).toEqual(
        STAGE_TEMPLATES[stage.id]().map((shape) => shape.id),
      );
    }
    expect(shapes.every((shape) => shape.meta.template === true)).toBe(true);
  });

  it("contains what each stage asks for", () => {
    const textOf = (key: string) => JSON.stringify(byId.get(key));
    expect(textOf(templateShapeId("empathize", "says"))).toContain("Zegt / Says");
    expect(textOf(templateShapeId("empathize", "persona"))).toContain("Wie is het? / Who is it?");
    expect(textOf(templateShapeId("define", "pov"))).toContain(
      "[Gebruiker] heeft nood aan [behoefte] omdat [inzicht]",
    );
    expect(textOf(templateShapeId("define", "hmw"))).toContain("How might we");
    expect(byId.get(templateShapeId("ideate", "ideas"))).toMatchObject({ type: "frame" });
    expect(byId.get(templateShapeId("ideate", "parking"))).toMatchObject({ type: "frame" });
    const storyboard = shapesOf(records).filter(
      (s) => s.parentId === "page:prototype" && s.type === "frame",
    );
    expect(storyboard.map((frame) => (frame.props as { name: string }).name)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
    ]);
    expect(textOf(templateShapeId("test", "improve"))).toContain("Kan beter / Could be better");
  });

  it("uses the same ids and content in every room", () => {
    expect(buildInitialRecords()).toEqual(records);
    expect(templateShapeId("empathize", "says")).toBe("shape:empathize-says");
    expect(byId.has("shape:empathize-says")).toBe(true);
  });

  it("writes rich text that tldraw's editor schema accepts", () => {
    const richTextSchema = getSchema(tipTapDefaultExtensions);
    for (const shape of shapesOf(records)) {
      const richText = (shape.props as { richText?: unknown }).richText;
      if (richText === undefined) continue;
      expect(() => richTextSchema.nodeFromJSON(richText).check(), shape.id).not.toThrow();
    }
  });

  it("fits each template in about 1200×700 from the top-left, children inside their frames", () => {
    for (const shape of shapesOf(records)) {
      const { w = 0, h = 0 } = shape.props as { w?: number; h?: number };
      const autoSized = shape.type === "text" && (shape.props as { autoSize: boolean }).autoSize;
      const parent = byId.get(shape.parentId) as TLShape | TLPage;
      const limit =
        parent.typeName === "shape"
          ? (parent.props as { w: number; h: number })
          : { w: 1200, h: 710 };
      expect(shape.x, shape.id).toBeGreaterThanOrEqual(0);
      expect(shape.y, shape.id).toBeGreaterThanOrEqual(0);
      expect(shape.x + (autoSized ? 0 : w), shape.id).toBeLessThanOrEqual(limit.w);
      expect(shape.y + h, shape.id).toBeLessThanOrEqual(limit.h);
      const props = shape.props as { size?: string; fill?: string };
      if (props.size) expect(["s", "m"], shape.id).toContain(props.size);
      if (props.fill) expect(["semi", "none"], shape.id).toContain(props.fill);
    }
  });
});

describe("createInitialDocumentUpdate", () => {
  it("decodes into the doc layout: records in the YKeyValue, room state in the room map", () => {
    const doc = decodeInitialDocument();
    const stored = new YKeyValue(getRecordsArray(doc));
    const expected = buildInitialRecords();
    expect(stored.map.size).toBe(expected.length);
    for (const record of expected) expect(stored.get(record.id)).toEqual(record);
    const room = getRoomMap(doc);
    expect(room.get(RoomKey.activeStage)).toBe("empathize");
    expect(room.get(RoomKey.layoutVersion)).toBe(DOC_LAYOUT_VERSION);
    expect(room.get(RoomKey.tldrawSchema)).toEqual(schema.serialize());
  });

  it("loads into a real tldraw store without migration or validation errors", () => {
    const doc = decodeInitialDocument();
    const stored = new YKeyValue(getRecordsArray(doc));
    const snapshotStore = Object.fromEntries(
      [...stored.map].map(([id, entry]) => [id, entry.val]),
    ) as Record<string, TLRecord>;
    const store = newAppStore();
    loadSnapshot(store, {
      document: {
        schema: getRoomMap(doc).get(RoomKey.tldrawSchema) as SerializedSchema,
        store: snapshotStore,
      },
    });
    for (const record of buildInitialRecords())
      expect(store.get(record.id), record.id).toEqual(record);
    const pageIds = store.query
      .records("page")
      .get()
      .map((page) => page.id)
      .sort();
    expect(pageIds).toEqual(STAGES.map((stage) => stage.pageId).sort());
  });

  it("is taken as-is by the app's Yjs binding (nothing to migrate or rewrite)", () => {
    const doc = decodeInitialDocument();
    const before = Y.encodeStateVector(doc);
    const store = newAppStore();
    const binding = bindStoreToYDoc({ store, doc, canWrite: true });
    try {
      expect(binding.migratedOnLoad).toBe(false);
      expect(store.query.records("shape").get().length).toBe(
        shapesOf(buildInitialRecords()).length,
      );
      expect(Y.encodeStateVector(doc)).toEqual(before);
    } finally {
      binding.dispose();
    }
  });
});
