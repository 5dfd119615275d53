import { AppError } from "@/lib/server/errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { createRoom } from "@/lib/server/rooms/create-room";
import { groupNameSchema, type GroupInfo } from "./cohort-input";

/**
 * Creates a group and its room (named like the group, starting from the five-stage template,
 * owned by `ownerTrainerId`). The room serves the group for the whole course. Throws 404 for an
 * unknown cohort; if storing the group fails, the new room is deleted again.
 */
export async function createGroup(
  cohortId: string,
  name: string,
  ownerTrainerId: string,
  prisma: DbClient = getPrisma(),
): Promise<GroupInfo> {
  const groupName = groupNameSchema.parse(name);
  const cohort = await prisma.cohort.findUnique({ where: { id: cohortId }, select: { id: true } });
  if (!cohort) throw new AppError("cohort_not_found", 404, "This cohort does not exist.");
  const room = await createRoom({ name: groupName, ownerId: ownerTrainerId }, prisma);
  try {
    const group = await prisma.group.create({
      data: { cohortId, name: groupName, roomId: room.roomId },
      select: { id: true, name: true, roomId: true, createdAt: true },
    });
    return { ...group, participantCount: 0 };
  } catch (error) {
    await prisma.room.delete({ where: { id: room.roomId } }).catch(() => {});
    throw error;
  }
}
