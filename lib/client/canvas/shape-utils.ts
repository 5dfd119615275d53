/**
 * The shape utils of a Cocreate board: tldraw's defaults with the note replaced by one that does
 * not measure every note's text on load (note-shape-util.ts). The store and `<Tldraw>` both use
 * this list; the records are the same as with tldraw's defaults (same props and migrations).
 */
import { defaultShapeUtils, type TLAnyShapeUtilConstructor } from "tldraw";
import { StoredSizeNoteShapeUtil } from "./note-shape-util";

/** Passed to `<Tldraw shapeUtils>`: replaces the default of the same type. */
export const customShapeUtils: TLAnyShapeUtilConstructor[] = [StoredSizeNoteShapeUtil];

/** Passed to `createTLStore`: every default, the note replaced. */
export const boardShapeUtils: TLAnyShapeUtilConstructor[] = [
  ...defaultShapeUtils.filter((util) => util.type !== StoredSizeNoteShapeUtil.type),
  ...customShapeUtils,
];
