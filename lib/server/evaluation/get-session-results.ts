import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import type { QuestionnaireStatus } from "@/lib/shared/evaluation/evaluation-schemas";
import { summarizeRatings, type QuestionResult, type SessionResults } from "@/lib/shared/evaluation/results";
import { QUESTION_SELECT, questionnaireNotFound, toQuestionView } from "./questionnaire-records";
import { assertSessionTrainer } from "./assert-session-trainer";

/**
 * A session's evaluation results for the cohort's trainers: per rating question the count,
 * mean and distribution 1–5; per open question the answers (sorted, with no names or order of
 * submission, so nobody can be picked out). 404 when the session has no questionnaire.
 */
export async function getSessionResults(
  user: SessionUser | null,
  cohortId: string,
  sessionId: string,
  prisma: DbClient = getPrisma(),
): Promise<SessionResults> {
  await assertSessionTrainer(user, cohortId, sessionId, prisma);
  const questionnaire = await prisma.questionnaire.findUnique({
    where: { sessionId },
    select: {
      id: true,
      status: true,
      _count: { select: { responses: true } },
      questions: {
        select: { ...QUESTION_SELECT, answers: { select: { rating: true, text: true } } },
        orderBy: { position: "asc" },
      },
    },
  });
  if (!questionnaire) throw questionnaireNotFound();
  const questions = questionnaire.questions.map(({ answers, ...row }): QuestionResult => {
    const question = toQuestionView(row);
    if (question.kind === "rating") {
      const ratings = answers.flatMap((answer) => (answer.rating === null ? [] : [answer.rating]));
      return { kind: "rating", question, summary: summarizeRatings(ratings) };
    }
    const texts = answers.flatMap((answer) => (answer.text ? [answer.text] : []));
    return { kind: "open", question, texts: texts.sort((a, b) => a.localeCompare(b, "nl")) };
  });
  return {
    questionnaireId: questionnaire.id,
    status: questionnaire.status as QuestionnaireStatus,
    responseCount: questionnaire._count.responses,
    questions,
  };
}
