import { getPrisma, type DbClient } from "@/lib/server/db/client";

export type CohortRole = "trainer" | "participant";

/**
 * What `userId` is in `cohortId`: "trainer" for the cohort's owner and co-trainers and for admin
 * trainers (admins see and manage every cohort), "participant" for a participant who has not been
 * removed, else null (also for an unknown user or cohort).
 */
export async function cohortRoleOf(
  userId: string,
  cohortId: string,
  prisma: DbClient = getPrisma(),
): Promise<CohortRole | null> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      kind: true,
      isAdmin: true,
      cohortTrainings: { where: { cohortId }, select: { role: true } },
      cohortParticipations: { where: { cohortId }, select: { removedAt: true } },
    },
  });
  if (!user) return null;
  if (user.kind === "trainer") {
    if (user.cohortTrainings.length > 0) return "trainer";
    if (user.isAdmin) {
      const cohort = await prisma.cohort.findUnique({
        where: { id: cohortId },
        select: { id: true },
      });
      return cohort ? "trainer" : null;
    }
  }
  const participation = user.cohortParticipations[0];
  return participation && !participation.removedAt ? "participant" : null;
}
