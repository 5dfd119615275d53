import { getPrisma, type DbClient } from "@/lib/server/db/client";
import type { CommentListResponse } from "@/lib/shared/comments/comment-schemas";
import { assertCommentRight } from "./comment-access";
import { THREAD_SELECT, toThreadViews } from "./comment-views";

/**
 * Every comment thread of a room with its replies, oldest first (pins keep their numbers), the
 * number still unresolved, and what the caller may do. Anyone with access to the room reads.
 */
export async function listCommentThreads(
  userId: string,
  roomId: string,
  prisma: DbClient = getPrisma(),
): Promise<CommentListResponse> {
  const caller = await assertCommentRight(userId, roomId, "read", prisma);
  const rows = await prisma.comment.findMany({
    where: { roomId, parentId: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: THREAD_SELECT,
  });
  const threads = await toThreadViews(roomId, rows, caller, prisma);
  return {
    threads,
    unresolvedCount: threads.filter((thread) => thread.resolvedAt === null).length,
    rights: caller.rights,
  };
}
