import { getPrisma, type DbClient } from "@/lib/server/db/client";

export interface CohortOfRoom {
  cohortId: string;
  cohortName: string;
  groupId: string;
  groupName: string;
}

/**
 * The cohort and group a room belongs to (a group's room), or null for a stand-alone room such as
 * the demo. Says nothing about access: check that with findRoomAccess first.
 */
export async function findCohortOfRoom(
  roomId: string,
  prisma: DbClient = getPrisma(),
): Promise<CohortOfRoom | null> {
  const group = await prisma.group.findUnique({
    where: { roomId },
    select: { id: true, name: true, cohort: { select: { id: true, name: true } } },
  });
  if (!group) return null;
  return {
    cohortId: group.cohort.id,
    cohortName: group.cohort.name,
    groupId: group.id,
    groupName: group.name,
  };
}
