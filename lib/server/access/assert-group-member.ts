import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { findGroup } from "@/lib/server/cohorts/find-group";
import { forbidden } from "./access-errors";
import { assertCohortMember } from "./assert-cohort-member";

export interface GroupAccess {
  /** "trainer" for the cohort's trainers (and admins), "participant" for the group's own people. */
  role: "trainer" | "participant";
  group: { id: string; name: string; roomId: string };
}

/**
 * Lets through the cohort's trainers and the participants of this group (not removed): 401
 * without a session, 404 for an unknown cohort or group, 403 for anyone else — other groups of
 * the same cohort included.
 */
export async function assertGroupMember(
  user: SessionUser | null,
  cohortId: string,
  groupId: string,
  prisma: DbClient = getPrisma(),
): Promise<GroupAccess> {
  const role = await assertCohortMember(user, cohortId, prisma);
  const group = await findGroup(cohortId, groupId, prisma);
  if (role === "trainer") return { role, group };
  const participant = await prisma.cohortParticipant.findUnique({
    where: { cohortId_userId: { cohortId, userId: user!.id } },
    select: { groupId: true, removedAt: true },
  });
  if (participant?.groupId !== groupId || participant.removedAt) throw forbidden();
  return { role: "participant", group };
}
