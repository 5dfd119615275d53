import { AppError } from "@/lib/server/errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";

/** Throws AppError("participant_not_found", 404) unless `userId` is an active participant. */
export async function assertActiveParticipant(
  cohortId: string,
  userId: string,
  prisma: DbClient = getPrisma(),
): Promise<void> {
  const participant = await prisma.cohortParticipant.findUnique({
    where: { cohortId_userId: { cohortId, userId } },
    select: { removedAt: true },
  });
  if (!participant || participant.removedAt) {
    throw new AppError("participant_not_found", 404, "This participant is not in the cohort.");
  }
}
