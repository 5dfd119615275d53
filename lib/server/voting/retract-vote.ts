import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { changeOwnVote, listOwnVotes } from "./own-votes";

/**
 * Takes back one of the caller's dots from a note while the vote is open. 409 `vote_not_open`,
 * 404 `vote_not_found` when the caller has no dot there. Returns the caller's votes afterwards.
 */
export async function retractVote(
  userId: string,
  roomId: string,
  input: unknown,
  prisma: DbClient = getPrisma(),
): Promise<string[]> {
  return changeOwnVote(userId, roomId, input, prisma, async (tx, session, noteId) => {
    const latest = await tx.vote.findFirst({
      where: { sessionId: session.id, userId, noteId },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    if (!latest) throw new AppError("vote_not_found", 404, "You have no dot on this note.");
    await tx.vote.delete({ where: { id: latest.id } });
    return listOwnVotes(session.id, userId, tx);
  });
}
