import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { changeOwnVote, listOwnVotes } from "./own-votes";

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
  return changeOwnVote(userId, roomId, input, prisma, async (tx, session, noteId) => {
    const mine = await listOwnVotes(session.id, userId, tx);
    if (mine.length >= session.votesPerPerson) {
      throw new AppError("no_votes_left", 409, "You have used all your dots.");
    }
    if (mine.filter((votedNoteId) => votedNoteId === noteId).length >= session.maxPerNote) {
      throw new AppError("note_limit_reached", 409, "You cannot put more dots on this note.");
    }
    await tx.vote.create({ data: { sessionId: session.id, userId, noteId } });
    return [...mine, noteId];
  });
}
