import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { cohortNotFound, forbidden, unauthenticated } from "./access-errors";
import { cohortRoleOf } from "./cohort-role-of";

/** Throws 404 when the cohort does not exist. */
export async function assertCohortExists(cohortId: string, prisma: DbClient): Promise<void> {
  const cohort = await prisma.cohort.findUnique({ where: { id: cohortId }, select: { id: true } });
  if (!cohort) throw cohortNotFound();
}

/**
 * Lets the cohort's trainers (owner, co-trainers, admins) through: 401 without a session, 404 for
 * an unknown cohort, 403 for anyone else (participants included).
 */
export async function assertCohortTrainer(
  user: SessionUser | null,
  cohortId: string,
  prisma: DbClient = getPrisma(),
): Promise<SessionUser> {
  if (!user) throw unauthenticated();
  await assertCohortExists(cohortId, prisma);
  if ((await cohortRoleOf(user.id, cohortId, prisma)) !== "trainer") throw forbidden();
  return user;
}
