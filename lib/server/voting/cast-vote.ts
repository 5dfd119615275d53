import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { NoteVoteInput } from "@/lib/shared/facilitation/voting";
import { findOpenVote } from "./find-open-vote";
import { assertVoteRight } from "./vote-access";

/**
 * Places one of the caller's dots on a note of the open vote. 409 `vote_not_open` without an open
 * vote, `no_votes_left` past votesPerPerson, `note_limit_reached` past maxPerNote. The check and
 * the insert share one transaction. Returns the caller's own votes afterwards.
 */
export async function castVote(
  userId: string,
  roomId: string,
  input: unknown,
  prisma: DbClient = getPrisma(),
): Promise<string[]> {
  await assertVoteRight(userId, roomId, "voter", prisma);
  const { noteId } = NoteVoteInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const session = await findOpenVote(roomId, tx);
    const mine = await tx.vote.findMany({
      where: { sessionId: session.id, userId },
      select: { noteId: true },
      orderBy: { createdAt: "asc" },
    });
    if (mine.length >= session.votesPerPerson) {
      throw new AppError("no_votes_left", 409, "You have used all your dots.");
    }
    if (mine.filter((vote) => vote.noteId === noteId).length >= session.maxPerNote) {
      throw new AppError("note_limit_reached", 409, "You cannot put more dots on this note.");
    }
    await tx.vote.create({ data: { sessionId: session.id, userId, noteId } });
    return [...mine.map((vote) => vote.noteId), noteId];
  });
}
