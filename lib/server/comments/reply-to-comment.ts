import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { ReplyToCommentInput, type CommentThreadView } from "@/lib/shared/comments/comment-schemas";
import { loadCommentForChange } from "./comment-access";
import { loadThreadView } from "./comment-views";

/**
 * Adds a reply to a thread (anyone who works in the room; read-only viewers cannot). Replying to
 * a reply answers its thread: replies always point at the thread's top comment. Returns the
 * thread with its replies; 404 when the comment is not in this room.
 */
export async function replyToComment(
  userId: string,
  roomId: string,
  commentId: string,
  input: unknown,
  prisma: DbClient = getPrisma(),
): Promise<CommentThreadView> {
  const { caller, fields, comment: target } = await loadCommentForChange(
    userId,
    roomId,
    commentId,
    ReplyToCommentInput,
    input,
    prisma,
  );
  const thread = await prisma.comment.findUniqueOrThrow({
    where: { id: target.parentId ?? target.id },
    select: { id: true, stageId: true },
  });
  await prisma.comment.create({
    data: { roomId, stageId: thread.stageId, body: fields.body, authorId: userId, parentId: thread.id },
  });
  return loadThreadView(roomId, thread.id, caller, prisma);
}
