/**
 * tldraw's sticky note, without a DOM text measurement per note when a board loads.
 *
 * tldraw's `NoteShapeUtil.getGeometry` measures the note's label (the area where a click starts
 * editing the text) in the DOM: about 2 ms per note, paid for every note of the page on open,
 * because the editor asks every shape for its bounds. The note's bounds do not depend on that
 * measurement — only on `growY` and `scale`, which the record already stores — so this geometry
 * has the same body rectangle, and a label taken from tldraw's own geometry the first time
 * something hit-tests it (lazy-geometry-2d.ts).
 *
 * Text fitting is unchanged: `growY` and `fontSizeAdjustment` are still measured when a note is
 * created or its text, font or size changes (`onBeforeCreate` / `onBeforeUpdate` of the parent).
 */
import { Group2d, NoteShapeUtil, Rectangle2d, getDisplayValues, type Geometry2d, type TLNoteShape } from "tldraw";
import { LazyGeometry2d } from "./lazy-geometry-2d";

export class StoredSizeNoteShapeUtil extends NoteShapeUtil {
  override getGeometry(shape: TLNoteShape): Group2d {
    const { noteWidth, noteHeight } = getDisplayValues(this, shape);
    const { scale, growY } = shape.props;
    const body = new Rectangle2d({ width: noteWidth * scale, height: (noteHeight + growY) * scale, isFilled: true });
    const label = new LazyGeometry2d(() => labelOf(super.getGeometry(shape)), {
      isFilled: true,
      isClosed: true,
      isLabel: true,
      excludeFromShapeBounds: true,
    });
    return new Group2d({ children: [body, label] });
  }
}

function labelOf(geometry: Group2d): Geometry2d {
  const label = geometry.children.find((child) => child.isLabel);
  if (!label) throw new Error("tldraw's note geometry has no label");
  return label;
}
