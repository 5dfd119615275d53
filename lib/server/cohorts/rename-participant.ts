import { displayNameSchema } from "@/lib/server/users/user-input";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { assertActiveParticipant } from "./find-participant";

/**
 * Changes the name a participant goes by in this cohort (their guest account and other cohorts
 * keep theirs). A later rejoin from the same device keeps the trainer's choice.
 */
export async function renameParticipant(
  cohortId: string,
  userId: string,
  displayName: string,
  prisma: DbClient = getPrisma(),
): Promise<void> {
  const name = displayNameSchema.parse(displayName);
  await assertActiveParticipant(cohortId, userId, prisma);
  await prisma.cohortParticipant.update({
    where: { cohortId_userId: { cohortId, userId } },
    data: { displayName: name },
    select: { userId: true },
  });
}
