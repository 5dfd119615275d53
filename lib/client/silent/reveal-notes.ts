/**
 * The facilitator's reveal: the reveal record and the open mode in one Yjs transaction, so every
 * client sees both at once and publishes its private notes with the reveal's anonymity.
 */
import type * as Y from "yjs";
import type { RevealState } from "@/lib/shared/facilitation/silent";
import { getRoomMap, RoomKey } from "@/lib/shared/realtime/doc-layout";

/** Writes a new reveal (`now` is server time) and opens the room; returns the reveal. */
export function revealNotes(doc: Y.Doc, anonymous: boolean, now: number): RevealState {
  const reveal: RevealState = { id: crypto.randomUUID(), anonymous, at: now };
  const roomMap = getRoomMap(doc);
  doc.transact(() => {
    roomMap.set(RoomKey.reveal, reveal);
    roomMap.set(RoomKey.mode, "open");
  });
  return reveal;
}
