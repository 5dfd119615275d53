import { AppError } from "@/lib/server/errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { openCohortJoinCode } from "./open-cohort-join-code";

/**
 * Gives the cohort a new participant code and closes the old one (e.g. after it was shared too
 * widely). The new code is stored first, so the cohort is never left without an open code.
 */
export async function renewJoinCode(
  cohortId: string,
  prisma: DbClient = getPrisma(),
): Promise<{ code: string }> {
  const cohort = await prisma.cohort.findUnique({ where: { id: cohortId }, select: { id: true } });
  if (!cohort) throw new AppError("cohort_not_found", 404, "This cohort does not exist.");
  const code = await openCohortJoinCode(prisma, cohortId);
  await prisma.joinCode.updateMany({
    where: { cohortId, closedAt: null, code: { not: code } },
    data: { closedAt: new Date() },
  });
  return { code };
}
