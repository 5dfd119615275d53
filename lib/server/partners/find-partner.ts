import { AppError } from "@/lib/server/errors";
import type { DbClient } from "@/lib/server/db/client";

/**
 * The partner `partnerId` of group `groupId`; one of another group counts as missing.
 * Throws AppError("partner_not_found", 404).
 */
export async function findPartner(groupId: string, partnerId: string, prisma: DbClient): Promise<{ id: string }> {
  const partner = await prisma.partner.findFirst({ where: { id: partnerId, groupId }, select: { id: true } });
  if (!partner) throw new AppError("partner_not_found", 404, "This partner does not exist.");
  return partner;
}
