import { forbidden } from "@/lib/server/access/access-errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { findRoomAccess } from "@/lib/server/rooms/find-room-access";
import type { CommentRights } from "@/lib/shared/comments/comment-schemas";

/** What a call needs: read (anyone in the room), reply / resolve (editors), create (facilitators). */
export type CommentRight = "read" | "reply" | "create";

export interface CommentCaller {
  userId: string;
  rights: CommentRights;
  /** A trainer account facilitating the room: may delete anyone's comment. */
  isTrainer: boolean;
}

/**
 * Throws 403 unless `userId` has `right` on the comments of `roomId` (an unknown room is a 403
 * too, so room ids cannot be probed). Read-only viewers read; people who work in the room reply,
 * resolve and reopen; people who facilitate it (trainers, promoted participants) start threads.
 */
export async function assertCommentRight(
  userId: string,
  roomId: string,
  right: CommentRight,
  prisma: DbClient = getPrisma(),
): Promise<CommentCaller> {
  const access = await findRoomAccess(userId, roomId, prisma);
  if (!access) throw forbidden();
  const rights: CommentRights = {
    create: access.facilitator,
    reply: access.role === "editor" || access.facilitator,
  };
  if (right === "create" && !rights.create) throw forbidden();
  if (right === "reply" && !rights.reply) throw forbidden();
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { kind: true } });
  return { userId, rights, isTrainer: access.facilitator && user?.kind === "trainer" };
}

export function commentNotFound(): AppError {
  return new AppError("comment_not_found", 404, "This comment does not exist (any more).");
}

export interface RoomComment {
  id: string;
  roomId: string;
  parentId: string | null;
  authorId: string;
}

/** The comment `commentId` of `roomId` (404 when absent or in another room). */
export async function findRoomComment(
  roomId: string,
  commentId: string,
  prisma: Pick<DbClient, "comment">,
): Promise<RoomComment> {
  const comment = await prisma.comment.findUnique({
    where: { id: commentId },
    select: { id: true, roomId: true, parentId: true, authorId: true },
  });
  if (!comment || comment.roomId !== roomId) throw commentNotFound();
  return comment;
}

/**
 * What the services that change a thread (reply, resolve, reopen) start with, checked in this
 * order: the caller works in the room (403), `input` parses (400), `commentId` is a comment of
 * the room (404).
 */
export async function loadCommentForChange<Fields>(
  userId: string,
  roomId: string,
  commentId: string,
  schema: { parse(input: unknown): Fields },
  input: unknown,
  prisma: DbClient,
): Promise<{ caller: CommentCaller; fields: Fields; comment: RoomComment }> {
  const caller = await assertCommentRight(userId, roomId, "reply", prisma);
  const fields = schema.parse(input);
  const comment = await findRoomComment(roomId, commentId, prisma);
  return { caller, fields, comment };
}
