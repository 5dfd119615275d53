"use client";
/**
 * The sticky notes of one stage with their place on screen (relative to the canvas element),
 * recomputed as the camera or the notes move. Empty when this client looks at another stage.
 */
import { useValue, type Editor, type TLPageId, type TLShapeId } from "tldraw";
import { STAGES, type StageId } from "@/lib/shared/stages";
import { richTextToPlain } from "@/lib/shared/rich-text-to-plain";

export interface PlacedNote {
  id: string;
  /** Top-right corner of the note on the canvas element (px). */
  x: number;
  y: number;
}

function pageOf(stageId: StageId): TLPageId | null {
  return (STAGES.find((stage) => stage.id === stageId)?.pageId as TLPageId | undefined) ?? null;
}

export function useStageNotes(editor: Editor | null, stageId: StageId | null): PlacedNote[] {
  return useValue(
    "vote notes",
    () => {
      if (!editor || !stageId) return [];
      const pageId = pageOf(stageId);
      if (!pageId || editor.getCurrentPageId() !== pageId) return [];
      editor.getCamera(); // re-run when the camera moves
      const notes: PlacedNote[] = [];
      for (const id of editor.getPageShapeIds(pageId)) {
        const shape = editor.getShape(id);
        if (shape?.type !== "note") continue;
        const bounds = editor.getShapePageBounds(shape);
        if (!bounds) continue;
        const corner = editor.pageToViewport({ x: bounds.maxX, y: bounds.minY });
        notes.push({ id: shape.id, x: corner.x, y: corner.y });
      }
      return notes.sort((a, b) => (a.id < b.id ? -1 : 1));
    },
    [editor, stageId],
  );
}

/** A note's plain text for the ranked list ("" when unknown or deleted). */
export function noteTextOf(editor: Editor | null, noteId: string): string {
  const shape = editor?.getShape(noteId as TLShapeId);
  if (!shape || shape.type !== "note") return "";
  return richTextToPlain((shape.props as { richText?: unknown }).richText);
}
