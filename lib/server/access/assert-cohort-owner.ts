import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { forbidden, unauthenticated } from "./access-errors";
import { assertCohortExists } from "./assert-cohort-trainer";
import { isAdmin } from "./is-admin";

/**
 * Lets the cohort's owner or an admin through (removing co-trainers): 401 without a session,
 * 404 for an unknown cohort, 403 for anyone else, co-trainers included.
 */
export async function assertCohortOwner(
  user: SessionUser | null,
  cohortId: string,
  prisma: DbClient = getPrisma(),
): Promise<SessionUser> {
  if (!user) throw unauthenticated();
  await assertCohortExists(cohortId, prisma);
  const link = await prisma.cohortTrainer.findUnique({
    where: { cohortId_userId: { cohortId, userId: user.id } },
    select: { role: true },
  });
  if (link?.role === "owner" || (await isAdmin(user.id, prisma))) return user;
  throw forbidden();
}
