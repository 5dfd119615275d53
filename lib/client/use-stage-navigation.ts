"use client";
/**
 * Stages are tldraw pages with fixed ids. Anyone moves their own view between them; a
 * facilitator writes `activeStage` to the room map, and every client that sees that key change
 * moves its view to that stage — how a trainer takes the whole group to the next stage.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { useValue, type Editor, type TLPageId } from "tldraw";
import type * as Y from "yjs";
import { getRoomMap, RoomKey } from "@/lib/shared/realtime/doc-layout";
import { isStageId, stageByPageId, STAGES, type StageId } from "@/lib/shared/stages";

export interface StageNavigation {
  /** The stage this client is looking at (null before the editor mounted). */
  currentStage: StageId | null;
  /** The stage the facilitator set for everyone, if any. */
  activeStage: StageId | null;
  goToStage(stageId: StageId): void;
  /** Facilitators only; a no-op for everyone else (the server refuses it as well). */
  setStageForEveryone(stageId: StageId): void;
}

export function useStageNavigation(editor: Editor | null, doc: Y.Doc | null, isFacilitator: boolean): StageNavigation {
  const currentPageId = useValue("current page", () => editor?.getCurrentPageId() ?? null, [editor]);
  const currentStage = currentPageId ? (stageByPageId(currentPageId)?.id ?? null) : null;
  const [activeStage, setActiveStage] = useState<StageId | null>(null);
  const framedPages = useRef(new Set<string>());

  // The first time a stage is shown in this session, frame its template (at most 100 %): the
  // stored camera starts at the page origin, where tldraw's menus would hide the stage title.
  useEffect(() => {
    if (!editor || !currentPageId || framedPages.current.has(currentPageId)) return;
    framedPages.current.add(currentPageId);
    const bounds = editor.getCurrentPageBounds();
    if (bounds) editor.zoomToBounds(bounds, { inset: 72, targetZoom: 1 });
  }, [editor, currentPageId]);

  const goToStage = useCallback(
    (stageId: StageId) => {
      const stage = STAGES.find((candidate) => candidate.id === stageId);
      const pageId = stage?.pageId as TLPageId | undefined;
      if (!editor || !pageId || !editor.getPage(pageId)) return;
      if (editor.getCurrentPageId() !== pageId) editor.setCurrentPage(pageId);
    },
    [editor],
  );

  useEffect(() => {
    if (!editor || !doc) return;
    const roomMap = getRoomMap(doc);
    const follow = (isInitial: boolean) => {
      const value = roomMap.get(RoomKey.activeStage);
      setActiveStage(isStageId(value) ? value : null);
      if (isStageId(value)) goToStage(value);
      else if (isInitial && !stageByPageId(editor.getCurrentPageId())) goToStage(STAGES[0].id);
    };
    follow(true);
    const handleRoomChange = (event: Y.YMapEvent<unknown>) => {
      if (event.keysChanged.has(RoomKey.activeStage)) follow(false);
    };
    roomMap.observe(handleRoomChange);
    return () => roomMap.unobserve(handleRoomChange);
  }, [editor, doc, goToStage]);

  const setStageForEveryone = useCallback(
    (stageId: StageId) => {
      if (!doc || !isFacilitator) return;
      // Written even when unchanged: a new write moves people who wandered off back to it.
      getRoomMap(doc).set(RoomKey.activeStage, stageId);
    },
    [doc, isFacilitator],
  );

  return { currentStage, activeStage, goToStage, setStageForEveryone };
}
