/**
 * Makes tldraw treat shapes locked by our rule (lib/shared/locks/locked-record.ts) as locked
 * for a participant, without writing tldraw's own `isLocked` into the shared records (that
 * would lock them for facilitators too).
 *
 * tldraw asks `editor.isShapeOrAncestorLocked` before it selects (a press on a locked shape
 * starts a brush, as on the canvas), edits (double-click, Enter), crops, erases or updates a
 * shape. Overriding it on this editor instance gives participants tldraw's native locked
 * behaviour. Only the shape itself counts: a participant's note inside a locked template frame
 * stays editable; tldraw's own `isLocked` still counts on the whole ancestor chain.
 */
import type { Editor, TLShape, TLShapeId } from "tldraw";
import { isLockedRecord } from "@/lib/shared/locks/locked-record";

/** Installs the override; `isFacilitator` is read on every call. Returns the undo. */
export function treatRuleLockedAsLocked(editor: Editor, isFacilitator: () => boolean): () => void {
  const own = Object.getOwnPropertyDescriptor(editor, "isShapeOrAncestorLocked");
  const isShapeOrAncestorLocked = (shapeOrId?: TLShape | TLShapeId): boolean => {
    let shape = shapeOrId === undefined ? undefined : editor.getShape(shapeOrId);
    if (!shape) return false;
    if (!isFacilitator() && isLockedRecord(shape)) return true;
    for (; shape; shape = editor.getShapeParent(shape)) if (shape.isLocked) return true;
    return false;
  };
  Object.defineProperty(editor, "isShapeOrAncestorLocked", {
    value: isShapeOrAncestorLocked,
    configurable: true,
    writable: true,
  });
  return () => {
    if (own) Object.defineProperty(editor, "isShapeOrAncestorLocked", own);
    else delete (editor as { isShapeOrAncestorLocked?: unknown }).isShapeOrAncestorLocked;
  };
}
