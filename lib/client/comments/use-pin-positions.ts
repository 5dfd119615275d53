"use client";
/**
 * Where the pinned threads of the stage on screen sit in the canvas element (px), recomputed as
 * the camera moves: page coordinates through `editor.pageToViewport`, read inside tldraw's
 * `useValue` so it re-runs on every camera or page change.
 */
import { useValue, type Editor } from "tldraw";
import { STAGES } from "@/lib/shared/stages";
import type { NumberedThread } from "./stage-threads";

export interface PlacedPin extends NumberedThread {
  x: number;
  y: number;
}

export function usePinPositions(editor: Editor | null, stageId: string | null, threads: NumberedThread[]): PlacedPin[] {
  return useValue(
    "comment pins",
    () => {
      const pageId = STAGES.find((stage) => stage.id === stageId)?.pageId;
      if (!editor || !pageId || editor.getCurrentPageId() !== pageId) return [];
      editor.getCamera(); // re-run when the camera moves
      editor.getViewportScreenBounds(); // … or the canvas is resized
      const pins: PlacedPin[] = [];
      for (const numbered of threads) {
        const anchor = numbered.thread.anchor;
        if (!anchor) continue;
        const point = editor.pageToViewport(anchor);
        pins.push({ ...numbered, x: point.x, y: point.y });
      }
      return pins;
    },
    [editor, stageId, threads],
  );
}
