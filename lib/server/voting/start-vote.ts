import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { StartVoteInput, type VoteSessionView } from "@/lib/shared/facilitation/voting";
import { assertVoteRight, toVoteSessionView, VOTE_SESSION_SELECT } from "./vote-access";

/**
 * Starts a dot vote on one stage (facilitators only). A vote still open in the room is ended
 * first (its ballots stay stored), so a room has at most one open vote.
 */
export async function startVote(
  userId: string,
  roomId: string,
  input: unknown,
  prisma: DbClient = getPrisma(),
): Promise<VoteSessionView> {
  await assertVoteRight(userId, roomId, "facilitator", prisma);
  const settings = StartVoteInput.parse(input);
  const session = await prisma.$transaction(async (tx) => {
    await tx.voteSession.updateMany({
      where: { roomId, status: "open" },
      data: { status: "ended", endedAt: new Date() },
    });
    return tx.voteSession.create({
      data: { roomId, startedById: userId, status: "open", ...settings },
      select: VOTE_SESSION_SELECT,
    });
  });
  return toVoteSessionView(session);
}
