/**
 * Sticky notes as the canvas writes them, built and validated by tldraw itself in Node: every
 * record goes through a real `createTLStore` (`store.put` runs tldraw's validators), with the
 * props a new note gets (`NoteShapeUtil.getDefaultProps`) and rich text from `toRichText`.
 */
import {
  createShapeId,
  createTLStore,
  defaultBindingUtils,
  defaultShapeUtils,
  getIndices,
  NoteShapeUtil,
  toRichText,
  type Editor,
  type TLNoteShape,
  type TLPageId,
} from "tldraw";

const COLUMNS = 50;
const SPACING = 240;
/** Right of the stage's template (about 1200 × 700 from the origin). */
const ORIGIN = { x: 1_400, y: 0 };

/** `count` valid note records on `pageId`, laid out in a grid of 50 columns. */
export function buildNoteRecords(count: number, pageId: TLPageId): TLNoteShape[] {
  const store = createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils });
  // getDefaultProps reads nothing from the editor; the store needs no page for shape records.
  const defaults = new NoteShapeUtil(null as unknown as Editor).getDefaultProps();
  const indices = getIndices(count + 1).slice(1);
  const notes = Array.from({ length: count }, (_, index): TLNoteShape => {
    const base = store.schema.types.shape.create({
      id: createShapeId(),
      type: "note",
      parentId: pageId,
      index: indices[index]!,
      x: ORIGIN.x + (index % COLUMNS) * SPACING,
      y: ORIGIN.y + Math.floor(index / COLUMNS) * SPACING,
      props: { ...defaults, color: "yellow", richText: toRichText(`Idea ${index + 1}`) },
    });
    return base as TLNoteShape;
  });
  store.put(notes); // throws on any record tldraw would refuse
  return notes;
}
