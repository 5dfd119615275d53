import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { defaultQuestion } from "@/lib/shared/evaluation/default-questions";
import { SaveQuestionsInput, type QuestionnaireView } from "@/lib/shared/evaluation/evaluation-schemas";
import { QUESTIONNAIRE_SELECT, toQuestionnaireView } from "./questionnaire-records";
import { parseAsSessionTrainer } from "./assert-session-trainer";

/**
 * Sets the questions of a session's questionnaire, in the order given, creating the
 * questionnaire (as a draft) on first save. Cohort trainers only. Once opened the questions are
 * fixed — answers refer to them — so a change then is 409 `questionnaire_not_draft`.
 */
export async function saveQuestions(
  user: SessionUser | null,
  cohortId: string,
  sessionId: string,
  input: unknown,
  prisma: DbClient = getPrisma(),
): Promise<QuestionnaireView> {
  const { questions } = await parseAsSessionTrainer(user, cohortId, sessionId, SaveQuestionsInput, input, prisma);
  const rows = questions.map((question, position) => {
    if (question.source === "own") return { position, kind: question.kind, text: question.text, defaultKey: null };
    const preset = defaultQuestion(question.defaultKey)!;
    return { position, kind: preset.kind, text: preset.text.nl, defaultKey: preset.key };
  });
  const saved = await prisma.$transaction(async (tx) => {
    const questionnaire = await tx.questionnaire.upsert({
      where: { sessionId },
      create: { sessionId, status: "draft" },
      update: {},
      select: { id: true, status: true },
    });
    if (questionnaire.status !== "draft") {
      throw new AppError("questionnaire_not_draft", 409, "The questions cannot change once the questionnaire was opened.");
    }
    await tx.question.deleteMany({ where: { questionnaireId: questionnaire.id } });
    await tx.question.createMany({ data: rows.map((row) => ({ ...row, questionnaireId: questionnaire.id })) });
    return tx.questionnaire.findUniqueOrThrow({ where: { id: questionnaire.id }, select: QUESTIONNAIRE_SELECT });
  });
  return toQuestionnaireView(saved);
}
