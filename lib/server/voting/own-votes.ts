import type { DbClient } from "@/lib/server/db/client";
import { NoteVoteInput } from "@/lib/shared/facilitation/voting";
import { findOpenVote } from "./find-open-vote";
import { assertVoteRight } from "./vote-access";

type VoteTx = Pick<DbClient, "vote" | "voteSession">;
type OpenVote = Awaited<ReturnType<typeof findOpenVote>>;

/** The note ids of `userId`'s dots in a vote session, oldest first (a note twice holds two). */
export async function listOwnVotes(sessionId: string, userId: string, prisma: Pick<DbClient, "vote">): Promise<string[]> {
  const votes = await prisma.vote.findMany({
    where: { sessionId, userId },
    select: { noteId: true },
    orderBy: { createdAt: "asc" },
  });
  return votes.map((vote) => vote.noteId);
}

/**
 * The frame of placing or taking back one dot: the caller must be able to vote (403), `input`
 * must name a note (400), and `change` runs in one transaction with the room's open vote locked
 * (409 `vote_not_open` without one), so limits are checked against what is really there.
 */
export async function changeOwnVote<Result>(
  userId: string,
  roomId: string,
  input: unknown,
  prisma: DbClient,
  change: (tx: VoteTx, session: OpenVote, noteId: string) => Promise<Result>,
): Promise<Result> {
  await assertVoteRight(userId, roomId, "voter", prisma);
  const { noteId } = NoteVoteInput.parse(input);
  return prisma.$transaction(async (tx) => change(tx, await findOpenVote(roomId, tx), noteId));
}
