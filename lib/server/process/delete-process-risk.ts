import { assertGroupMember } from "@/lib/server/access/assert-group-member";
import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { findProcessRisk } from "./find-process-risk";

/** Removes a risk of the group (the group and its trainers). Answers its id. */
export async function deleteProcessRisk(
  user: SessionUser | null,
  cohortId: string,
  groupId: string,
  riskId: string,
  prisma: DbClient = getPrisma(),
): Promise<{ id: string }> {
  await assertGroupMember(user, cohortId, groupId, prisma);
  await findProcessRisk(groupId, riskId, prisma);
  await prisma.processRisk.delete({ where: { id: riskId } });
  return { id: riskId };
}
