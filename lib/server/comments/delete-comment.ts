import { forbidden } from "@/lib/server/access/access-errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { assertCommentRight, findRoomComment } from "./comment-access";

/**
 * Deletes a comment: its author (while they still work in the room) or a trainer of the room
 * may. Deleting a thread's top comment deletes its replies with it (cascade).
 */
export async function deleteComment(
  userId: string,
  roomId: string,
  commentId: string,
  prisma: DbClient = getPrisma(),
): Promise<{ id: string }> {
  const caller = await assertCommentRight(userId, roomId, "read", prisma);
  const comment = await findRoomComment(roomId, commentId, prisma);
  const isAuthor = comment.authorId === userId && caller.rights.reply;
  if (!isAuthor && !caller.isTrainer) throw forbidden();
  await prisma.comment.delete({ where: { id: comment.id } });
  return { id: comment.id };
}
