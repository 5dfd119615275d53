import type { SessionUser } from "@/lib/server/auth/session";
import { assertCohortMember } from "@/lib/server/access/assert-cohort-member";
import { findCourseSession } from "@/lib/server/cohorts/find-course-session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import type { MyAnswerView, QuestionnaireView } from "@/lib/shared/evaluation/evaluation-schemas";
import { readQuestionnaire } from "./questionnaire-records";

export type QuestionnaireForUser =
  | { role: "trainer"; questionnaire: QuestionnaireView | null }
  | {
      role: "participant";
      /** Null until the trainers open it (a draft is theirs alone). */
      questionnaire: Omit<QuestionnaireView, "responseCount"> | null;
      /** The caller's own earlier answers (empty when they have not answered). */
      myAnswers: MyAnswerView[];
    };

/**
 * A session's questionnaire as the caller may see it: the cohort's trainers get it in any state
 * with the number of responses; a participant gets it once opened, with their own answers only.
 * 401/403/404 like every cohort route; a session of another cohort is 404.
 */
export async function getQuestionnaire(
  user: SessionUser | null,
  cohortId: string,
  sessionId: string,
  prisma: DbClient = getPrisma(),
): Promise<QuestionnaireForUser> {
  const role = await assertCohortMember(user, cohortId, prisma);
  await findCourseSession(cohortId, sessionId, prisma);
  const questionnaire = await readQuestionnaire(sessionId, prisma);
  if (role === "trainer") return { role, questionnaire };
  if (!questionnaire || questionnaire.status === "draft") return { role, questionnaire: null, myAnswers: [] };
  const response = await prisma.questionnaireResponse.findUnique({
    where: { questionnaireId_userId: { questionnaireId: questionnaire.id, userId: user!.id } },
    select: { answers: { select: { questionId: true, rating: true, text: true } } },
  });
  const { id, status, questions } = questionnaire;
  return { role, questionnaire: { id, sessionId, status, questions }, myAnswers: response?.answers ?? [] };
}
