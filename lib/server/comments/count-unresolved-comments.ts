import { getPrisma, type DbClient } from "@/lib/server/db/client";

/**
 * Unresolved feedback threads per room, for overviews (one query for all rooms). Every id asked
 * for is in the map, 0 when it has none. Checks no access: the caller decides who sees counts.
 */
export async function countUnresolvedComments(
  roomIds: string[],
  prisma: Pick<DbClient, "comment"> = getPrisma(),
): Promise<Map<string, number>> {
  const counts = new Map<string, number>(roomIds.map((roomId) => [roomId, 0]));
  if (roomIds.length === 0) return counts;
  const groups = await prisma.comment.groupBy({
    by: ["roomId"],
    where: { roomId: { in: [...new Set(roomIds)] }, parentId: null, resolvedAt: null },
    _count: { _all: true },
  });
  for (const group of groups) counts.set(group.roomId, group._count._all);
  return counts;
}
