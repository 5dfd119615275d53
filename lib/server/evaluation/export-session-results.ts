import { stringify } from "csv-stringify/sync";
import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import type { Locale } from "@/i18n/locales";
import { questionText } from "@/lib/shared/evaluation/default-questions";
import { questionnaireNotFound } from "./questionnaire-records";
import { assertSessionTrainer } from "./assert-session-trainer";

export const RESULTS_CSV_COLUMNS = ["response", "session", "question", "kind", "rating", "text"] as const;

export interface ResultsCsv {
  sessionTitle: string;
  csv: string;
}

/**
 * A session's evaluation as CSV for its trainers: one row per response and question, in the
 * order questions were asked. `response` numbers the responses 1, 2, … in the order they were
 * last submitted, so one person's answers can be read together without saying whose they are;
 * no names, no ids. Unanswered questions give an empty rating and text. UTF-8 with a BOM (Excel).
 */
export async function exportSessionResults(
  user: SessionUser | null,
  cohortId: string,
  sessionId: string,
  locale: Locale,
  prisma: DbClient = getPrisma(),
): Promise<ResultsCsv> {
  const session = await assertSessionTrainer(user, cohortId, sessionId, prisma);
  const questionnaire = await prisma.questionnaire.findUnique({
    where: { sessionId },
    select: {
      questions: { orderBy: { position: "asc" }, select: { id: true, kind: true, text: true, defaultKey: true } },
      responses: {
        orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
        select: { answers: { select: { questionId: true, rating: true, text: true } } },
      },
    },
  });
  if (!questionnaire) throw questionnaireNotFound();
  const rows = questionnaire.responses.flatMap((response, index) => {
    const answers = new Map(response.answers.map((answer) => [answer.questionId, answer]));
    return questionnaire.questions.map((question) => {
      const answer = answers.get(question.id);
      return {
        response: index + 1,
        session: session.title,
        question: questionText(question, locale),
        kind: question.kind,
        rating: answer?.rating ?? "",
        text: answer?.text ?? "",
      };
    });
  });
  const csv = stringify(rows, { header: true, columns: [...RESULTS_CSV_COLUMNS], bom: true });
  return { sessionTitle: session.title, csv };
}
