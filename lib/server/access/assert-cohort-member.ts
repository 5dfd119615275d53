import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { forbidden, unauthenticated } from "./access-errors";
import { assertCohortExists } from "./assert-cohort-trainer";
import { cohortRoleOf, type CohortRole } from "./cohort-role-of";

/**
 * Lets the cohort's trainers and its (not removed) participants through and says which they are:
 * 401 without a session, 404 for an unknown cohort, 403 for anyone else.
 */
export async function assertCohortMember(
  user: SessionUser | null,
  cohortId: string,
  prisma: DbClient = getPrisma(),
): Promise<CohortRole> {
  if (!user) throw unauthenticated();
  await assertCohortExists(cohortId, prisma);
  const role = await cohortRoleOf(user.id, cohortId, prisma);
  if (!role) throw forbidden();
  return role;
}
