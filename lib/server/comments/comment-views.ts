import type { DbClient } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/sqlite/client";
import type { CommentPerson, CommentThreadView, CommentView } from "@/lib/shared/comments/comment-schemas";
import { commentNotFound, type CommentCaller } from "./comment-access";

const COMMENT_FIELDS = { id: true, body: true, authorId: true, createdAt: true } as const;

/** What a thread read selects: the top comment, its resolution and its replies, oldest first. */
export const THREAD_SELECT = {
  ...COMMENT_FIELDS,
  stageId: true,
  x: true,
  y: true,
  shapeId: true,
  resolvedAt: true,
  resolvedById: true,
  replies: { select: COMMENT_FIELDS, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.CommentSelect;

interface CommentRow {
  id: string;
  body: string;
  authorId: string;
  createdAt: Date;
}

export interface ThreadRow extends CommentRow {
  stageId: string;
  x: number | null;
  y: number | null;
  shapeId: string | null;
  resolvedAt: Date | null;
  resolvedById: string | null;
  replies: CommentRow[];
}

/**
 * The names to show for `userIds` in `roomId`: a participant's display name in the room's cohort
 * (what the trainer sees on the cohort page; it may differ from the name they joined with), else
 * the account's name. Someone deleted since reads as an empty name.
 */
async function namesInRoom(
  roomId: string,
  userIds: string[],
  prisma: Pick<DbClient, "user" | "group" | "cohortParticipant">,
): Promise<Map<string, string>> {
  const ids = [...new Set(userIds)];
  const names = new Map<string, string>();
  if (ids.length === 0) return names;
  const users = await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  for (const user of users) names.set(user.id, user.name);
  const group = await prisma.group.findUnique({ where: { roomId }, select: { cohortId: true } });
  if (group) {
    const participants = await prisma.cohortParticipant.findMany({
      where: { cohortId: group.cohortId, userId: { in: ids } },
      select: { userId: true, displayName: true },
    });
    for (const participant of participants) names.set(participant.userId, participant.displayName);
  }
  return names;
}

/** Turns thread rows into what the caller may see (names resolved, delete rights per comment). */
export async function toThreadViews(
  roomId: string,
  rows: ThreadRow[],
  caller: CommentCaller,
  prisma: Pick<DbClient, "user" | "group" | "cohortParticipant">,
): Promise<CommentThreadView[]> {
  const people = rows.flatMap((row) => [
    row.authorId,
    ...(row.resolvedById ? [row.resolvedById] : []),
    ...row.replies.map((reply) => reply.authorId),
  ]);
  const names = await namesInRoom(roomId, people, prisma);
  const person = (id: string): CommentPerson => ({ id, name: names.get(id) ?? "" });
  const view = (row: CommentRow): CommentView => ({
    id: row.id,
    body: row.body,
    author: person(row.authorId),
    createdAt: row.createdAt.toISOString(),
    canDelete: caller.isTrainer || row.authorId === caller.userId,
  });
  return rows.map((row) => ({
    ...view(row),
    stageId: row.stageId,
    anchor: row.x !== null && row.y !== null ? { x: row.x, y: row.y } : null,
    shapeId: row.shapeId,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolvedBy: row.resolvedById ? person(row.resolvedById) : null,
    replies: row.replies.map(view),
  }));
}

/** One thread of the room as the caller sees it (404 when it is gone). */
export async function loadThreadView(
  roomId: string,
  threadId: string,
  caller: CommentCaller,
  prisma: Pick<DbClient, "comment" | "user" | "group" | "cohortParticipant">,
): Promise<CommentThreadView> {
  const row = await prisma.comment.findFirst({
    where: { id: threadId, roomId, parentId: null },
    select: THREAD_SELECT,
  });
  if (!row) throw commentNotFound();
  const [thread] = await toThreadViews(roomId, [row], caller, prisma);
  return thread!;
}
