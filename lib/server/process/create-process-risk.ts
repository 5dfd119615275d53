import { assertGroupMember } from "@/lib/server/access/assert-group-member";
import type { SessionUser } from "@/lib/server/auth/session";
import { findCourseSession } from "@/lib/server/cohorts/find-course-session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { CreateProcessRiskInput, type ProcessRiskView } from "@/lib/shared/process/process-schemas";
import { processRiskSelect, toProcessRiskView } from "./process-views";

/** Adds a risk (with its mitigation) to the group's round of a session. Bad input: 400, nothing stored. */
export async function createProcessRisk(
  user: SessionUser | null,
  cohortId: string,
  groupId: string,
  input: unknown,
  prisma: DbClient = getPrisma(),
): Promise<ProcessRiskView> {
  await assertGroupMember(user, cohortId, groupId, prisma);
  const { sessionId, risk, mitigation } = CreateProcessRiskInput.parse(input);
  await findCourseSession(cohortId, sessionId, prisma);
  const created = await prisma.processRisk.create({
    data: { groupId, sessionId, risk, mitigation, createdById: user!.id },
    select: processRiskSelect,
  });
  return toProcessRiskView(created);
}
