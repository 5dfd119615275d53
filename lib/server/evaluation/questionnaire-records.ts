/** How the evaluation services read a questionnaire and turn it into its view. */
import { AppError } from "@/lib/server/errors";
import type { DbClient } from "@/lib/server/db/client";
import type { DefaultQuestionKey, QuestionKind } from "@/lib/shared/evaluation/default-questions";
import type { QuestionnaireStatus, QuestionnaireView, QuestionView } from "@/lib/shared/evaluation/evaluation-schemas";

export const QUESTION_SELECT = { id: true, position: true, kind: true, text: true, defaultKey: true } as const;

export const QUESTIONNAIRE_SELECT = {
  id: true,
  sessionId: true,
  status: true,
  questions: { select: QUESTION_SELECT, orderBy: { position: "asc" } },
  _count: { select: { responses: true } },
} as const;

interface QuestionRow {
  id: string;
  position: number;
  kind: string;
  text: string;
  defaultKey: string | null;
}

interface QuestionnaireRow {
  id: string;
  sessionId: string;
  status: string;
  questions: QuestionRow[];
  _count: { responses: number };
}

export function toQuestionView(row: QuestionRow): QuestionView {
  return {
    id: row.id,
    position: row.position,
    kind: row.kind as QuestionKind,
    text: row.text,
    defaultKey: row.defaultKey as DefaultQuestionKey | null,
  };
}

export function toQuestionnaireView(row: QuestionnaireRow): QuestionnaireView {
  return {
    id: row.id,
    sessionId: row.sessionId,
    status: row.status as QuestionnaireStatus,
    questions: row.questions.map(toQuestionView),
    responseCount: row._count.responses,
  };
}

/** The session's questionnaire, or null when the trainers have not made one. */
export async function readQuestionnaire(
  sessionId: string,
  prisma: Pick<DbClient, "questionnaire">,
): Promise<QuestionnaireView | null> {
  const row = await prisma.questionnaire.findUnique({ where: { sessionId }, select: QUESTIONNAIRE_SELECT });
  return row ? toQuestionnaireView(row) : null;
}

export function questionnaireNotFound(): AppError {
  return new AppError("questionnaire_not_found", 404, "This session has no questionnaire.");
}
