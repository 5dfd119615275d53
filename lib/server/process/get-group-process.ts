import { assertGroupMember } from "@/lib/server/access/assert-group-member";
import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { pickDefaultSession } from "@/lib/shared/process/default-session";
import type { FactorRound, GroupProcessView } from "@/lib/shared/process/process-schemas";
import { bySessionOrder, listProcessSessions, processRiskSelect, toProcessRiskView, toScores } from "./process-views";

/**
 * A group's success and risk factors over the course: every session it rated (a round each, in
 * session order, so the rounds sit side by side), its risks, and the session it fills in by
 * default. The cohort's trainers and the group's participants only (assertGroupMember).
 */
export async function getGroupProcess(
  user: SessionUser | null,
  cohortId: string,
  groupId: string,
  prisma: DbClient = getPrisma(),
): Promise<GroupProcessView> {
  await assertGroupMember(user, cohortId, groupId, prisma);
  const [sessions, ratings, risks] = await Promise.all([
    listProcessSessions(cohortId, prisma),
    prisma.factorRating.findMany({
      where: { groupId },
      select: { sessionId: true, factor: true, rating: true, note: true },
    }),
    prisma.processRisk.findMany({
      where: { groupId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: processRiskSelect,
    }),
  ]);
  const rounds: FactorRound[] = sessions
    .map((session) => ({
      sessionId: session.id,
      ratings: toScores(ratings.filter((row) => row.sessionId === session.id)),
    }))
    .filter((round) => Object.keys(round.ratings).length > 0);
  return {
    sessions,
    defaultSessionId: pickDefaultSession(sessions),
    rounds,
    risks: bySessionOrder(risks.map(toProcessRiskView), sessions),
  };
}
