import { AppError } from "@/lib/server/errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";

/**
 * Takes a co-trainer off the cohort; they lose access to it and its rooms at once. The caller
 * checked that the acting user is the owner or an admin (assertCohortOwner). Throws 404 when
 * `userId` does not train the cohort and AppError("cannot_remove_owner", 409) for the owner.
 */
export async function removeCoTrainer(
  cohortId: string,
  userId: string,
  prisma: DbClient = getPrisma(),
): Promise<void> {
  const link = await prisma.cohortTrainer.findUnique({
    where: { cohortId_userId: { cohortId, userId } },
    select: { role: true },
  });
  if (!link)
    throw new AppError("trainer_not_found", 404, "This trainer does not train the cohort.");
  if (link.role === "owner") {
    throw new AppError("cannot_remove_owner", 409, "The cohort's owner cannot be removed.");
  }
  await prisma.cohortTrainer.delete({ where: { cohortId_userId: { cohortId, userId } } });
}
