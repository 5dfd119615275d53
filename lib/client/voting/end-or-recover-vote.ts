/**
 * Ends the room's vote. When the server says it already ended (another facilitator's tab, or
 * this client's earlier write to the document was lost), the stored counts of that same session
 * are fetched instead, so the document can still get its results.
 */
import type { VoteCounts, VoteSessionView } from "@/lib/shared/facilitation/voting";
import { fetchVoteStatus, requestEndVote, VoteApiError } from "./vote-api";

export async function endOrRecoverVote(
  roomId: string,
  sessionId: string,
): Promise<{ session: VoteSessionView; counts: VoteCounts }> {
  try {
    return await requestEndVote(roomId);
  } catch (error) {
    if (!(error instanceof VoteApiError) || error.code !== "vote_not_open") throw error;
    const status = await fetchVoteStatus(roomId);
    if (status.session?.id !== sessionId || status.session.status !== "ended" || !status.counts) throw error;
    return { session: status.session, counts: status.counts };
  }
}
