import { AppError } from "@/lib/server/errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";

/**
 * The group `groupId` of cohort `cohortId`; a group of another cohort counts as missing.
 * Throws AppError("group_not_found", 404).
 */
export async function findGroup(
  cohortId: string,
  groupId: string,
  prisma: DbClient = getPrisma(),
): Promise<{ id: string; name: string; roomId: string }> {
  const group = await prisma.group.findFirst({
    where: { id: groupId, cohortId },
    select: { id: true, name: true, roomId: true },
  });
  if (!group) throw new AppError("group_not_found", 404, "This group does not exist.");
  return group;
}
