import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { assertActiveParticipant } from "./find-participant";

/**
 * Removes a participant from the cohort. Access ends at once (room tokens are minted per request
 * and findRoomAccess refuses removed participants); a token already handed out runs out within
 * its short lifetime. The row is kept (removedAt) so that rejoining with the code from the same
 * device restores the same identity and group.
 */
export async function removeParticipant(
  cohortId: string,
  userId: string,
  prisma: DbClient = getPrisma(),
): Promise<void> {
  await assertActiveParticipant(cohortId, userId, prisma);
  await prisma.cohortParticipant.update({
    where: { cohortId_userId: { cohortId, userId } },
    data: { removedAt: new Date() },
    select: { userId: true },
  });
}
