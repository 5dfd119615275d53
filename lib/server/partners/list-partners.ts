import { assertGroupMember } from "@/lib/server/access/assert-group-member";
import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import type { PartnerListView } from "@/lib/shared/process/partner-schemas";
import { partnerSelect, toPartnerView } from "./partner-views";

/**
 * A group's stakeholder map: its partners, oldest first, and how many of them took part. The
 * cohort's trainers and the group's participants only.
 */
export async function listPartners(
  user: SessionUser | null,
  cohortId: string,
  groupId: string,
  prisma: DbClient = getPrisma(),
): Promise<PartnerListView> {
  await assertGroupMember(user, cohortId, groupId, prisma);
  const rows = await prisma.partner.findMany({
    where: { groupId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: partnerSelect,
  });
  const partners = rows.map(toPartnerView);
  return {
    partners,
    counts: { tookPart: partners.filter((partner) => partner.tookPart).length, total: partners.length },
  };
}
