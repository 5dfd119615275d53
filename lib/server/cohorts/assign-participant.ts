import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { assertActiveParticipant } from "./find-participant";
import { findGroup } from "./find-group";

/**
 * Moves a participant into `groupId` (a group of the same cohort) or out of every group (null).
 * Room access follows at the next room token. 404 for an unknown participant or group.
 */
export async function assignParticipant(
  cohortId: string,
  userId: string,
  groupId: string | null,
  prisma: DbClient = getPrisma(),
): Promise<void> {
  await assertActiveParticipant(cohortId, userId, prisma);
  if (groupId !== null) await findGroup(cohortId, groupId, prisma);
  await prisma.cohortParticipant.update({
    where: { cohortId_userId: { cohortId, userId } },
    data: { groupId },
    select: { userId: true },
  });
}
