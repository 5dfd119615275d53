import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { cohortInfoSelect, type CohortInfo } from "./cohort-input";

export interface CohortListItem extends CohortInfo {
  /** How the user takes part: as one of its trainers (or an admin), or as a participant. */
  role: "trainer" | "participant";
}

/**
 * The cohorts `user` may see, newest first: a trainer's own cohorts (an admin's: all cohorts);
 * a guest's cohorts where they are a participant and not removed.
 */
export async function listCohortsForUser(
  user: Pick<SessionUser, "id">,
  prisma: DbClient = getPrisma(),
): Promise<CohortListItem[]> {
  const stored = await prisma.user.findUnique({
    where: { id: user.id },
    select: { kind: true, isAdmin: true },
  });
  if (!stored) return [];
  // Not by startsOn: the providers sort nulls differently.
  const orderBy = { createdAt: "desc" as const };
  if (stored.kind === "trainer") {
    const cohorts = await prisma.cohort.findMany({
      where: stored.isAdmin ? {} : { trainers: { some: { userId: user.id } } },
      select: cohortInfoSelect,
      orderBy,
    });
    return cohorts.map((cohort) => ({ ...cohort, role: "trainer" }));
  }
  const cohorts = await prisma.cohort.findMany({
    where: { participants: { some: { userId: user.id, removedAt: null } } },
    select: cohortInfoSelect,
    orderBy,
  });
  return cohorts.map((cohort) => ({ ...cohort, role: "participant" }));
}
