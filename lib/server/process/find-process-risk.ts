import { AppError } from "@/lib/server/errors";
import type { DbClient } from "@/lib/server/db/client";

/**
 * The risk `riskId` of group `groupId`; a risk of another group counts as missing, so a caller
 * checked for one group cannot reach another's. Throws AppError("risk_not_found", 404).
 */
export async function findProcessRisk(groupId: string, riskId: string, prisma: DbClient): Promise<{ id: string }> {
  const risk = await prisma.processRisk.findFirst({ where: { id: riskId, groupId }, select: { id: true } });
  if (!risk) throw new AppError("risk_not_found", 404, "This risk does not exist.");
  return risk;
}
