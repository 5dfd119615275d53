import { assertGroupMember } from "@/lib/server/access/assert-group-member";
import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { UpdatePartnerInput, type PartnerView } from "@/lib/shared/process/partner-schemas";
import { findPartner } from "./find-partner";
import { partnerSelect, toPartnerView } from "./partner-views";

/** Changes a partner of the group (any of name, kind, interest, influence, took part, note). */
export async function updatePartner(
  user: SessionUser | null,
  cohortId: string,
  groupId: string,
  partnerId: string,
  input: unknown,
  prisma: DbClient = getPrisma(),
): Promise<PartnerView> {
  await assertGroupMember(user, cohortId, groupId, prisma);
  const changes = UpdatePartnerInput.parse(input);
  await findPartner(groupId, partnerId, prisma);
  const updated = await prisma.partner.update({ where: { id: partnerId }, data: changes, select: partnerSelect });
  return toPartnerView(updated);
}
