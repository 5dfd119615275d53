import { assertGroupMember } from "@/lib/server/access/assert-group-member";
import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { findPartner } from "./find-partner";

/** Removes a partner from the group's stakeholder map. Answers its id. */
export async function deletePartner(
  user: SessionUser | null,
  cohortId: string,
  groupId: string,
  partnerId: string,
  prisma: DbClient = getPrisma(),
): Promise<{ id: string }> {
  await assertGroupMember(user, cohortId, groupId, prisma);
  await findPartner(groupId, partnerId, prisma);
  await prisma.partner.delete({ where: { id: partnerId } });
  return { id: partnerId };
}
