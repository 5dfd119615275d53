import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { groupNameSchema } from "./cohort-input";
import { findGroup } from "./find-group";

/** Renames a group and its room (the board shows the room's name). 404 when not in the cohort. */
export async function renameGroup(
  cohortId: string,
  groupId: string,
  name: string,
  prisma: DbClient = getPrisma(),
): Promise<void> {
  const groupName = groupNameSchema.parse(name);
  const group = await findGroup(cohortId, groupId, prisma);
  await prisma.$transaction([
    prisma.group.update({
      where: { id: group.id },
      data: { name: groupName },
      select: { id: true },
    }),
    prisma.room.update({
      where: { id: group.roomId },
      data: { name: groupName },
      select: { id: true },
    }),
  ]);
}
