import { AppError } from "@/lib/server/errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";

/**
 * Closes the cohort's open participant code: joining with it answers 404 from now on. People
 * already in keep their access. Closing an already closed code is a no-op.
 */
export async function closeJoinCode(
  cohortId: string,
  prisma: DbClient = getPrisma(),
): Promise<void> {
  const cohort = await prisma.cohort.findUnique({ where: { id: cohortId }, select: { id: true } });
  if (!cohort) throw new AppError("cohort_not_found", 404, "This cohort does not exist.");
  await prisma.joinCode.updateMany({
    where: { cohortId, closedAt: null },
    data: { closedAt: new Date() },
  });
}
