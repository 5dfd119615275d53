/**
 * "Bring everyone to my view": a facilitator writes a SummonState to the room map; every other
 * client moves to its stage and camera once per summon id. Someone who joins later still follows
 * a summon made less than SUMMON_FRESH_MS ago, not an older one.
 *
 * The summon also sets the stage for everyone (`activeStage`, and `focusStage` when the room is
 * held), as the stage bar's "everyone" button does: otherwise a late joiner would be taken to the
 * older `activeStage`, and a held room would pull everyone straight back.
 */
import type { Editor, TLPageId } from "tldraw";
import type * as Y from "yjs";
import { SummonState } from "@/lib/shared/facilitation/room-state";
import { getRoomMap, RoomKey } from "@/lib/shared/realtime/doc-layout";
import { isStageId, stageByPageId, STAGES } from "@/lib/shared/stages";

export const SUMMON_FRESH_MS = 60_000;
/** The camera glides there; short, so people see where they were taken without waiting. */
const CAMERA_ANIMATION_MS = 300;
/**
 * After a page change the stage navigation frames a stage seen for the first time (in an effect
 * after React's render, also when it made the page change itself on `activeStage`); the summoned
 * camera is set after that so it wins.
 */
const AFTER_PAGE_CHANGE_MS = 150;

export interface SummonDecision {
  summon: SummonState | null;
  apply: boolean;
}

/**
 * Whether this client should follow the summon in the room map. `lastSeenId` is the summon id
 * this client already handled (null at start); `now` is in the same clock as `summon.at`.
 */
export function decideSummon(
  value: unknown,
  context: { lastSeenId: string | null; isInitial: boolean; selfUserId: string; now: number; activeStage?: unknown },
): SummonDecision {
  const parsed = SummonState.safeParse(value);
  if (!parsed.success) return { summon: null, apply: false };
  const summon = parsed.data;
  if (summon.id === context.lastSeenId || summon.byUserId === context.selfUserId) return { summon, apply: false };
  if (context.isInitial) {
    if (context.now - summon.at > SUMMON_FRESH_MS) return { summon, apply: false };
    // The stage was set for everyone after this summon: that is where the room is now.
    if (isStageId(context.activeStage) && context.activeStage !== summon.stage) return { summon, apply: false };
  }
  return { summon, apply: true };
}

/** Writes a summon for this facilitator's current stage and camera; false when not on a stage. */
export function writeSummon(editor: Editor, doc: Y.Doc, byUserId: string, now: number): boolean {
  const stage = stageByPageId(editor.getCurrentPageId());
  if (!stage) return false;
  const { x, y, z } = editor.getCamera();
  const summon: SummonState = { id: newSummonId(), byUserId, stage: stage.id, camera: { x, y, z }, at: now };
  const roomMap = getRoomMap(doc);
  doc.transact(() => {
    roomMap.set(RoomKey.summon, summon);
    roomMap.set(RoomKey.activeStage, stage.id);
    if (isStageId(roomMap.get(RoomKey.focusStage))) roomMap.set(RoomKey.focusStage, stage.id);
  });
  return true;
}

/** Moves this client's view to the summoned stage and camera. */
export function applySummon(editor: Editor, summon: SummonState): void {
  const pageId = STAGES.find((stage) => stage.id === summon.stage)?.pageId as TLPageId | undefined;
  if (!pageId || !editor.getPage(pageId)) return;
  if (editor.getInstanceState().followingUserId) editor.stopFollowingUser();
  if (editor.getCurrentPageId() !== pageId) editor.setCurrentPage(pageId);
  setTimeout(() => {
    if (editor.getCurrentPageId() !== pageId) return;
    editor.setCamera(summon.camera, { animation: { duration: CAMERA_ANIMATION_MS } });
  }, AFTER_PAGE_CHANGE_MS);
}

function newSummonId(): string {
  // crypto.randomUUID exists only in secure contexts; a room on a LAN over http is not one.
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
