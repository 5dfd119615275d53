/**
 * A facilitator's lock / unlock action: records the choice in each shape's `meta.locked`, which
 * wins over template and facilitator-placed defaults (lib/shared/locks/locked-record.ts).
 */
import type { Editor, TLShapeId } from "tldraw";
import { isLockedRecord, withLockChoice } from "@/lib/shared/locks/locked-record";

/** Locks or unlocks `shapeIds` for participants (one undoable step). */
export function setShapesLocked(editor: Editor, shapeIds: readonly TLShapeId[], locked: boolean): void {
  const shapes = shapeIds.flatMap((id) => editor.getShape(id) ?? []);
  if (shapes.length === 0) return;
  editor.markHistoryStoppingPoint(locked ? "lock shapes" : "unlock shapes");
  editor.updateShapes(
    shapes.map((shape) => ({ id: shape.id, type: shape.type, meta: withLockChoice(shape.meta, locked) })),
  );
}

/** True when every one of `shapeIds` is locked for participants (false for none). */
export function areShapesLocked(editor: Editor, shapeIds: readonly TLShapeId[]): boolean {
  if (shapeIds.length === 0) return false;
  return shapeIds.every((id) => {
    const shape = editor.getShape(id);
    return shape !== undefined && isLockedRecord(shape);
  });
}
