import { assertGroupMember } from "@/lib/server/access/assert-group-member";
import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { CreatePartnerInput, type PartnerView } from "@/lib/shared/process/partner-schemas";
import { partnerSelect, toPartnerView } from "./partner-views";

/** Adds someone to the group's stakeholder map. Bad input is a 400 (ZodError) and stores nothing. */
export async function createPartner(
  user: SessionUser | null,
  cohortId: string,
  groupId: string,
  input: unknown,
  prisma: DbClient = getPrisma(),
): Promise<PartnerView> {
  await assertGroupMember(user, cohortId, groupId, prisma);
  const data = CreatePartnerInput.parse(input);
  const created = await prisma.partner.create({
    data: { ...data, groupId, createdById: user!.id },
    select: partnerSelect,
  });
  return toPartnerView(created);
}
