/** Rows of the process tables as the views of lib/shared/process/process-schemas.ts show them. */
import type { DbClient } from "@/lib/server/db/client";
import { PROCESS_FACTORS, type ProcessFactor } from "@/lib/shared/process/factors";
import type { FactorScore, ProcessRiskView, ProcessSessionView } from "@/lib/shared/process/process-schemas";

export const processRiskSelect = { id: true, sessionId: true, risk: true, mitigation: true } as const;

export function toProcessRiskView(row: ProcessRiskView): ProcessRiskView {
  return { id: row.id, sessionId: row.sessionId, risk: row.risk, mitigation: row.mitigation };
}

/** The cohort's sessions in timeline order. */
export async function listProcessSessions(cohortId: string, prisma: DbClient): Promise<ProcessSessionView[]> {
  const sessions = await prisma.courseSession.findMany({
    where: { cohortId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, title: true, position: true, startsAt: true },
  });
  return sessions.map((session) => ({ ...session, startsAt: session.startsAt?.toISOString() ?? null }));
}

const isFactor = (factor: string): factor is ProcessFactor =>
  (PROCESS_FACTORS as readonly string[]).includes(factor);

/** Folds rating rows into factor → score; rows of factors no longer known are left out. */
export function toScores(
  rows: readonly { factor: string; rating: number; note: string | null }[],
): Partial<Record<ProcessFactor, FactorScore>> {
  const scores: Partial<Record<ProcessFactor, FactorScore>> = {};
  for (const row of rows) if (isFactor(row.factor)) scores[row.factor] = { rating: row.rating, note: row.note };
  return scores;
}

/** Sorts items by their session's place in the timeline (stable within a session). */
export function bySessionOrder<T extends { sessionId: string }>(items: T[], sessions: ProcessSessionView[]): T[] {
  const place = new Map(sessions.map((session, index) => [session.id, index]));
  return [...items].sort((a, b) => (place.get(a.sessionId) ?? 0) - (place.get(b.sessionId) ?? 0));
}
