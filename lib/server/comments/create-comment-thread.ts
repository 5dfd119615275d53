import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { CreateCommentThreadInput, type CommentThreadView } from "@/lib/shared/comments/comment-schemas";
import { assertCommentRight } from "./comment-access";
import { loadThreadView } from "./comment-views";

/**
 * Starts a feedback thread on a stage (people who facilitate the room: its trainers, or a
 * participant a trainer made facilitator): pinned at page coordinates when `anchor` is given,
 * else on the stage as a whole. Bad input is a 400 (ZodError) and stores nothing.
 */
export async function createCommentThread(
  userId: string,
  roomId: string,
  input: unknown,
  prisma: DbClient = getPrisma(),
): Promise<CommentThreadView> {
  const caller = await assertCommentRight(userId, roomId, "create", prisma);
  const { stageId, body, anchor, shapeId } = CreateCommentThreadInput.parse(input);
  const created = await prisma.comment.create({
    data: {
      roomId,
      stageId,
      body,
      authorId: userId,
      x: anchor?.x ?? null,
      y: anchor?.y ?? null,
      shapeId: anchor ? (shapeId ?? null) : null,
    },
    select: { id: true },
  });
  return loadThreadView(roomId, created.id, caller, prisma);
}
