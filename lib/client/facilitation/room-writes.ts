/**
 * Facilitator writes to the room map. Several keys change in one Yjs transaction, so every
 * client sees them arrive together (one update): stage, timer and mode never disagree.
 */
import type * as Y from "yjs";
import type { AgendaState, RoomMode, TimerState } from "@/lib/shared/facilitation/room-state";
import { getRoomMap, RoomKey } from "@/lib/shared/realtime/doc-layout";
import type { StageId } from "@/lib/shared/stages";
import { startTimer } from "./timer-math";

export interface RoomValues {
  activeStage?: StageId;
  timer?: TimerState;
  mode?: RoomMode;
  focusStage?: StageId | null;
  agenda?: AgendaState;
}

/** Sets every given key in one transaction. */
export function writeRoomValues(doc: Y.Doc, values: RoomValues): void {
  const roomMap = getRoomMap(doc);
  doc.transact(() => {
    for (const [key, value] of Object.entries(values)) {
      if (value !== undefined) roomMap.set(RoomKey[key as keyof RoomValues], value);
    }
  });
}

/**
 * What starting agenda step `index` writes: its stage, a timer of its length (stopped and empty
 * for 0 minutes), its mode, and the agenda's current step. A held focus moves with the stage.
 * Null when there is no such step.
 */
export function agendaStepValues(
  agenda: AgendaState,
  index: number,
  now: number,
  options: { sound: boolean; focusStage: StageId | null },
): RoomValues | null {
  const step = agenda.steps[index];
  if (!step) return null;
  return {
    activeStage: step.stage,
    timer: startTimer(step.minutes, now, options.sound),
    mode: step.mode,
    agenda: { ...agenda, currentIndex: index },
    ...(options.focusStage ? { focusStage: step.stage } : {}),
  };
}
