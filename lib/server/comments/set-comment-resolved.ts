import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { UpdateCommentInput, type CommentThreadView } from "@/lib/shared/comments/comment-schemas";
import { loadCommentForChange } from "./comment-access";
import { loadThreadView } from "./comment-views";

/**
 * Resolves (`{ resolved: true }`) or reopens (`{ resolved: false }`) a thread; anyone who works in
 * the room may. Resolving records who and when; resolving again keeps the first. A reply is not a
 * thread: 400 `comment_is_reply`.
 */
export async function setCommentResolved(
  userId: string,
  roomId: string,
  commentId: string,
  input: unknown,
  prisma: DbClient = getPrisma(),
): Promise<CommentThreadView> {
  const { caller, fields, comment } = await loadCommentForChange(
    userId,
    roomId,
    commentId,
    UpdateCommentInput,
    input,
    prisma,
  );
  if (comment.parentId) throw new AppError("comment_is_reply", 400, "Only a thread can be resolved.");
  if (fields.resolved) {
    await prisma.comment.updateMany({
      where: { id: comment.id, resolvedAt: null },
      data: { resolvedAt: new Date(), resolvedById: userId },
    });
  } else {
    await prisma.comment.update({ where: { id: comment.id }, data: { resolvedAt: null, resolvedById: null } });
  }
  return loadThreadView(roomId, comment.id, caller, prisma);
}
