import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { SetQuestionnaireStatusInput, type QuestionnaireView } from "@/lib/shared/evaluation/evaluation-schemas";
import { QUESTIONNAIRE_SELECT, questionnaireNotFound, toQuestionnaireView } from "./questionnaire-records";
import { parseAsSessionTrainer } from "./assert-session-trainer";

/**
 * Opens a session's questionnaire for the cohort's participants, or closes it (cohort trainers
 * only). A closed one may be opened again; asking for the state it is in changes nothing.
 * 404 without a questionnaire, 409 `questionnaire_empty` when opening one without questions.
 */
export async function setQuestionnaireStatus(
  user: SessionUser | null,
  cohortId: string,
  sessionId: string,
  input: unknown,
  prisma: DbClient = getPrisma(),
): Promise<QuestionnaireView> {
  const { status } = await parseAsSessionTrainer(user, cohortId, sessionId, SetQuestionnaireStatusInput, input, prisma);
  const current = await prisma.questionnaire.findUnique({
    where: { sessionId },
    select: { id: true, status: true, _count: { select: { questions: true } } },
  });
  if (!current) throw questionnaireNotFound();
  if (status === "open" && current._count.questions === 0) {
    throw new AppError("questionnaire_empty", 409, "Add at least one question before opening the questionnaire.");
  }
  if (current.status === status) {
    return toQuestionnaireView(await prisma.questionnaire.findUniqueOrThrow({ where: { id: current.id }, select: QUESTIONNAIRE_SELECT }));
  }
  const now = new Date();
  const updated = await prisma.questionnaire.update({
    where: { id: current.id },
    data: status === "open" ? { status, openedAt: now, closedAt: null } : { status, closedAt: now },
    select: QUESTIONNAIRE_SELECT,
  });
  return toQuestionnaireView(updated);
}
