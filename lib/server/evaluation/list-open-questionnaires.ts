import { getPrisma, type DbClient } from "@/lib/server/db/client";

export interface OpenQuestionnaire {
  sessionId: string;
  sessionTitle: string;
}

/**
 * The sessions of a cohort whose questionnaire is open now, in course order — for the links that
 * invite its participants to answer. The caller checked the reader belongs to the cohort.
 */
export async function listOpenQuestionnaires(
  cohortId: string,
  prisma: DbClient = getPrisma(),
): Promise<OpenQuestionnaire[]> {
  const sessions = await prisma.courseSession.findMany({
    where: { cohortId, questionnaire: { status: "open" } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, title: true },
  });
  return sessions.map((session) => ({ sessionId: session.id, sessionTitle: session.title }));
}
