import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import type { SessionUser } from "@/lib/server/auth/session";
import { findCourseSession } from "@/lib/server/cohorts/find-course-session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { pickDefaultSession } from "@/lib/shared/process/default-session";
import type { CohortProcessOverview } from "@/lib/shared/process/process-schemas";
import { listProcessSessions, processRiskSelect, toProcessRiskView, toScores } from "./process-views";

/**
 * Every group of the cohort side by side for one session (default: the latest that has started,
 * else the first): its factor ratings and its risks. The cohort's trainers only.
 */
export async function getCohortProcessOverview(
  user: SessionUser | null,
  cohortId: string,
  sessionId: string | null = null,
  prisma: DbClient = getPrisma(),
): Promise<CohortProcessOverview> {
  await assertCohortTrainer(user, cohortId, prisma);
  const sessions = await listProcessSessions(cohortId, prisma);
  if (sessionId) await findCourseSession(cohortId, sessionId, prisma);
  const shown = sessionId ?? pickDefaultSession(sessions);
  const groups = await prisma.group.findMany({
    where: { cohortId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      factorRatings: { where: { sessionId: shown ?? "" }, select: { factor: true, rating: true, note: true } },
      processRisks: {
        where: { sessionId: shown ?? "" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: processRiskSelect,
      },
    },
  });
  return {
    sessions,
    sessionId: shown,
    groups: groups.map((group) => ({
      id: group.id,
      name: group.name,
      ratings: toScores(group.factorRatings),
      risks: group.processRisks.map(toProcessRiskView),
    })),
  };
}
