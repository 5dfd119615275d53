/**
 * The facilitator's client writes the room map's `vote` key: when a vote starts (no results) and
 * after it ended (the counts the end route returned), so the results live in the document and
 * therefore in the board's versions.
 */
import type * as Y from "yjs";
import type { VoteSessionView, VoteState, VoteCounts } from "@/lib/shared/facilitation/voting";
import { VoteState as VoteStateSchema } from "@/lib/shared/facilitation/voting";
import { getRoomMap, RoomKey } from "@/lib/shared/realtime/doc-layout";

export function voteStateOf(session: VoteSessionView, results: VoteCounts | null): VoteState {
  return VoteStateSchema.parse({
    sessionId: session.id,
    stageId: session.stageId,
    votesPerPerson: session.votesPerPerson,
    maxPerNote: session.maxPerNote,
    status: session.status,
    results: session.status === "ended" ? (results ?? {}) : null,
    endedAt: session.endedAt ? Date.parse(session.endedAt) : null,
  });
}

export function writeVoteState(doc: Y.Doc, state: VoteState): void {
  doc.transact(() => getRoomMap(doc).set(RoomKey.vote, state));
}
