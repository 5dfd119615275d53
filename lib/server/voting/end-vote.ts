import { getPrisma, type DbClient } from "@/lib/server/db/client";
import type { VoteCounts, VoteSessionView } from "@/lib/shared/facilitation/voting";
import { countVotes } from "./count-votes";
import { findOpenVote } from "./find-open-vote";
import { assertVoteRight, toVoteSessionView, VOTE_SESSION_SELECT } from "./vote-access";

/**
 * Ends the room's open vote (facilitators only; 409 `vote_not_open` without one) and returns the
 * dots per note. The ballots stay stored with the ended session.
 */
export async function endVote(
  userId: string,
  roomId: string,
  prisma: DbClient = getPrisma(),
): Promise<{ session: VoteSessionView; counts: VoteCounts }> {
  await assertVoteRight(userId, roomId, "facilitator", prisma);
  return prisma.$transaction(async (tx) => {
    const open = await findOpenVote(roomId, tx);
    const session = await tx.voteSession.update({
      where: { id: open.id },
      data: { status: "ended", endedAt: new Date() },
      select: VOTE_SESSION_SELECT,
    });
    return { session: toVoteSessionView(session), counts: await countVotes(open.id, tx) };
  });
}

