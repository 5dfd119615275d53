import { getPrisma, type DbClient } from "@/lib/server/db/client";
import type { VoteStatusResponse } from "@/lib/shared/facilitation/voting";
import { countVotes } from "./count-votes";
import { listOwnVotes } from "./own-votes";
import { assertVoteRight, toVoteSessionView, VOTE_SESSION_SELECT } from "./vote-access";

/**
 * The room's latest vote session and the caller's OWN dots in it — never anyone else's, so a
 * participant cannot learn how others voted. Facilitators also get the total dots cast; the counts
 * per note come only once the session ended.
 */
export async function getVoteStatus(
  userId: string,
  roomId: string,
  prisma: DbClient = getPrisma(),
): Promise<VoteStatusResponse> {
  const { facilitator } = await assertVoteRight(userId, roomId, "reader", prisma);
  const session = await prisma.voteSession.findFirst({
    where: { roomId },
    orderBy: { startedAt: "desc" },
    select: VOTE_SESSION_SELECT,
  });
  if (!session) return { session: null, myVotes: [], votesCast: facilitator ? 0 : null, counts: null };
  const myVotes = await listOwnVotes(session.id, userId, prisma);
  const votesCast = facilitator
    ? await prisma.vote.count({ where: { sessionId: session.id } })
    : null;
  const counts = session.status === "ended" ? await countVotes(session.id, prisma) : null;
  return {
    session: toVoteSessionView(session),
    myVotes,
    votesCast,
    counts,
  };
}
