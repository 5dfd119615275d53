"use client";
/**
 * The one sticky note selected on the board and where, under it, a button fits (px in the
 * canvas element), or null: nothing, several shapes or something else selected, its text being
 * edited, or a private note of a silent brainstorm (not on the shared board, so the server
 * cannot read it). Read inside tldraw's `useValue`, so it follows the camera.
 */
import { useValue, type Editor } from "tldraw";

export interface SelectedNote {
  noteId: string;
  x: number;
  y: number;
}

export function useSelectedNote(editor: Editor | null): SelectedNote | null {
  return useValue(
    "selected note",
    () => {
      if (!editor) return null;
      const shape = editor.getOnlySelectedShape();
      if (!shape || shape.type !== "note" || shape.meta?.private) return null;
      if (editor.getEditingShapeId() !== null) return null;
      const bounds = editor.getSelectionRotatedPageBounds();
      if (!bounds) return null;
      editor.getCamera(); // re-run when the camera moves
      const point = editor.pageToViewport({ x: bounds.midX, y: bounds.maxY });
      return { noteId: shape.id, x: point.x, y: point.y };
    },
    [editor],
  );
}
