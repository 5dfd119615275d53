/**
 * The layout of a room's Yjs document, shared by every tool that reads or writes boards.
 *
 * - `tldraw` (Y.Array): tldraw's records, used as a key-value store through y-utility's
 *   `YKeyValue`: each entry is `{ key: record.id, val: record }`, the record exactly as tldraw
 *   stores it (JSON). Pages, shapes, bindings, assets and the document record all live here.
 * - `room` (Y.Map): room-level state. Keys are listed in `RoomKey`.
 */
import type * as Y from "yjs";

export const DOC_RECORDS_ARRAY = "tldraw";
export const DOC_ROOM_MAP = "room";

export const RoomKey = {
  /** Stage id (see lib/shared/stages.ts) the facilitator set for everyone. Facilitator-only. */
  activeStage: "activeStage",
  /** tldraw's serialized schema the records were last written with; used to migrate on load. */
  tldrawSchema: "tldrawSchema",
  /** Layout version of this document (DOC_LAYOUT_VERSION when written). */
  layoutVersion: "layoutVersion",
  /** Shared countdown (lib/shared/facilitation/room-state.ts: TimerState). Facilitator-only. */
  timer: "timer",
  /** Working mode: "open" or "silent" (silent brainstorm). Facilitator-only. */
  mode: "mode",
  /** Stage everyone is held on, or null (free to move). Facilitator-only. */
  focusStage: "focusStage",
  /** The session plan (AgendaState). Facilitator-only. */
  agenda: "agenda",
  /** Last "come to my view" request (SummonState). Facilitator-only. */
  summon: "summon",
  /** The current or last dot vote (lib/shared/facilitation/voting.ts). Facilitator-only. */
  vote: "vote",
  /** Last reveal of silent-brainstorm notes (lib/shared/facilitation/silent.ts). Facilitator-only. */
  reveal: "reveal",
} as const;
export type RoomKey = (typeof RoomKey)[keyof typeof RoomKey];

/** Keys of the `room` map that only a facilitator's connection may write. */
export const FACILITATOR_ONLY_ROOM_KEYS: readonly string[] = [
  RoomKey.activeStage,
  RoomKey.timer,
  RoomKey.mode,
  RoomKey.focusStage,
  RoomKey.agenda,
  RoomKey.summon,
  RoomKey.vote,
  RoomKey.reveal,
];

export const DOC_LAYOUT_VERSION = 1;

/** The `tldraw` array of a document (y-utility's YKeyValue wraps it). */
export function getRecordsArray(doc: Y.Doc): Y.Array<{ key: string; val: unknown }> {
  return doc.getArray(DOC_RECORDS_ARRAY);
}

/** The `room` map of a document. */
export function getRoomMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(DOC_ROOM_MAP);
}
