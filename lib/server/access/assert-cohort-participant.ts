import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { forbidden } from "./access-errors";
import { assertCohortMember } from "./assert-cohort-member";

/**
 * Lets only the cohort's own (not removed) participants through — for what participants do
 * themselves, such as answering the evaluation: 401 without a session, 404 for an unknown
 * cohort, 403 for anyone else, the cohort's trainers and admins included.
 */
export async function assertCohortParticipant(
  user: SessionUser | null,
  cohortId: string,
  prisma: DbClient = getPrisma(),
): Promise<SessionUser> {
  const role = await assertCohortMember(user, cohortId, prisma);
  if (role !== "participant") throw forbidden();
  return user!;
}
