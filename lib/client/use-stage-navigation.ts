"use client";
/**
 * Stages are tldraw pages with fixed ids. Anyone moves their own view between them; a
 * facilitator writes `activeStage` to the room map, and every client that sees that key change
 * moves its view to that stage — how a trainer takes the whole group to the next stage.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { Box, useValue, type Editor, type TLPageId } from "tldraw";
import type * as Y from "yjs";
import { getRoomMap, RoomKey } from "@/lib/shared/realtime/doc-layout";
import { isStageId, stageByPageId, STAGES, type StageId } from "@/lib/shared/stages";
import { isTemplateShape } from "@/lib/shared/templates";
import { publishHeldStage } from "./facilitation/held-stage";

export interface StageNavigation {
  /** The stage this client is looking at (null before the editor mounted). */
  currentStage: StageId | null;
  /** The stage the facilitator set for everyone, if any. */
  activeStage: StageId | null;
  /** The stage the facilitator holds everyone on (participants cannot leave it), or null. */
  focusStage: StageId | null;
  goToStage(stageId: StageId): void;
  /** Facilitators only; a no-op for everyone else (the server refuses it as well). */
  setStageForEveryone(stageId: StageId): void;
}

export function useStageNavigation(editor: Editor | null, doc: Y.Doc | null, isFacilitator: boolean): StageNavigation {
  const currentPageId = useValue("current page", () => editor?.getCurrentPageId() ?? null, [editor]);
  const currentStage = currentPageId ? (stageByPageId(currentPageId)?.id ?? null) : null;
  const [activeStage, setActiveStage] = useState<StageId | null>(null);
  const [focusStage, setFocusStage] = useState<StageId | null>(null);
  const framedPages = useRef(new Set<string>());

  // The first time a stage is shown in this session, frame it (at most 100 %): the stored
  // camera starts at the page origin, where tldraw's menus would hide the stage title.
  useEffect(() => {
    if (!editor || !currentPageId || framedPages.current.has(currentPageId)) return;
    framedPages.current.add(currentPageId);
    const bounds = boundsToFrame(editor);
    if (bounds) editor.zoomToBounds(bounds, { inset: FRAME_INSET, targetZoom: 1 });
  }, [editor, currentPageId]);

  const moveView = useCallback(
    (stageId: StageId) => {
      const stage = STAGES.find((candidate) => candidate.id === stageId);
      const pageId = stage?.pageId as TLPageId | undefined;
      if (!editor || !pageId || !editor.getPage(pageId)) return;
      if (editor.getCurrentPageId() !== pageId) editor.setCurrentPage(pageId);
    },
    [editor],
  );

  // While the room is held on a stage, participants stay there; facilitators move freely.
  const isHeld = !isFacilitator && focusStage !== null;
  const goToStage = useCallback(
    (stageId: StageId) => {
      if (isHeld && stageId !== focusStage) return;
      moveView(stageId);
    },
    [isHeld, focusStage, moveView],
  );

  useEffect(() => {
    if (!doc) return;
    const roomMap = getRoomMap(doc);
    const read = () => {
      const value = roomMap.get(RoomKey.focusStage);
      setFocusStage(isStageId(value) ? value : null);
    };
    read();
    const handleFocusChange = (event: Y.YMapEvent<unknown>) => {
      if (event.keysChanged.has(RoomKey.focusStage)) read();
    };
    roomMap.observe(handleFocusChange);
    return () => roomMap.unobserve(handleFocusChange);
  }, [doc]);

  useEffect(() => {
    publishHeldStage(isHeld ? focusStage : null);
    return () => publishHeldStage(null);
  }, [isHeld, focusStage]);

  // Brought back when they got elsewhere anyway (a link, the page menu, a summon).
  useEffect(() => {
    if (isHeld && focusStage && currentStage && currentStage !== focusStage) moveView(focusStage);
  }, [isHeld, focusStage, currentStage, moveView]);

  useEffect(() => {
    if (!editor || !doc) return;
    const roomMap = getRoomMap(doc);
    const follow = (isInitial: boolean) => {
      const value = roomMap.get(RoomKey.activeStage);
      setActiveStage(isStageId(value) ? value : null);
      if (isStageId(value)) moveView(value);
      else if (isInitial && !stageByPageId(editor.getCurrentPageId())) moveView(STAGES[0].id);
    };
    follow(true);
    const handleRoomChange = (event: Y.YMapEvent<unknown>) => {
      if (event.keysChanged.has(RoomKey.activeStage)) follow(false);
    };
    roomMap.observe(handleRoomChange);
    return () => roomMap.unobserve(handleRoomChange);
  }, [editor, doc, moveView]);

  const setStageForEveryone = useCallback(
    (stageId: StageId) => {
      if (!doc || !isFacilitator) return;
      // Written even when unchanged: a new write moves people who wandered off back to it.
      // A held focus moves along, in the same transaction, or participants would bounce back.
      const roomMap = getRoomMap(doc);
      doc.transact(() => {
        roomMap.set(RoomKey.activeStage, stageId);
        if (isStageId(roomMap.get(RoomKey.focusStage))) roomMap.set(RoomKey.focusStage, stageId);
      });
    },
    [doc, isFacilitator],
  );

  return { currentStage, activeStage, focusStage, goToStage, setStageForEveryone };
}

const FRAME_INSET = 72;
/**
 * Below this zoom a note is a coloured dot (tldraw drops its shadow there too). A stage that
 * only fits further out opens on its template instead: readable, with the stage title in view,
 * and without drawing thousands of notes nobody can read (the rest is a pan or zoom away).
 */
const MIN_FRAMING_ZOOM = 0.25;

/** The whole stage when it fits at a readable zoom, else its template. */
function boundsToFrame(editor: Editor): Box | undefined {
  const content = editor.getCurrentPageBounds();
  if (!content) return undefined;
  const viewport = editor.getViewportScreenBounds();
  const fitZoom = Math.min((viewport.w - 2 * FRAME_INSET) / content.w, (viewport.h - 2 * FRAME_INSET) / content.h);
  if (fitZoom >= MIN_FRAMING_ZOOM) return content;
  const template = editor
    .getCurrentPageShapes()
    .filter(isTemplateShape)
    .map((shape) => editor.getShapePageBounds(shape))
    .filter((bounds): bounds is Box => bounds !== undefined);
  return template.length > 0 ? Box.Common(template) : content;
}
