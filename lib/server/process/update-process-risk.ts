import { assertGroupMember } from "@/lib/server/access/assert-group-member";
import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { UpdateProcessRiskInput, type ProcessRiskView } from "@/lib/shared/process/process-schemas";
import { findProcessRisk } from "./find-process-risk";
import { processRiskSelect, toProcessRiskView } from "./process-views";

/** Changes a risk's text or mitigation (the group and its trainers). */
export async function updateProcessRisk(
  user: SessionUser | null,
  cohortId: string,
  groupId: string,
  riskId: string,
  input: unknown,
  prisma: DbClient = getPrisma(),
): Promise<ProcessRiskView> {
  await assertGroupMember(user, cohortId, groupId, prisma);
  const changes = UpdateProcessRiskInput.parse(input);
  await findProcessRisk(groupId, riskId, prisma);
  const updated = await prisma.processRisk.update({ where: { id: riskId }, data: changes, select: processRiskSelect });
  return toProcessRiskView(updated);
}
