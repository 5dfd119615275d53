import type { SessionUser } from "@/lib/server/auth/session";
import { assertCohortParticipant } from "@/lib/server/access/assert-cohort-participant";
import { findCourseSession } from "@/lib/server/cohorts/find-course-session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { SubmitResponseInput, type MyAnswerView } from "@/lib/shared/evaluation/evaluation-schemas";
import { questionnaireNotFound } from "./questionnaire-records";

function notOpen(): AppError {
  return new AppError("questionnaire_not_open", 409, "This questionnaire is not open for answers.");
}

function invalidAnswer(message: string): AppError {
  return new AppError("invalid_answer", 400, message);
}

interface AnswerRow {
  questionId: string;
  rating: number | null;
  text: string | null;
}

/** Checks the answers against the questions: every rating question rated, nothing else. */
function toAnswerRows(input: unknown, questions: { id: string; kind: string }[]): AnswerRow[] {
  const { answers } = SubmitResponseInput.parse(input);
  const byId = new Map(answers.map((answer) => [answer.questionId, answer]));
  if (byId.size !== answers.length) throw invalidAnswer("A question was answered twice.");
  const known = new Set(questions.map((question) => question.id));
  if (answers.some((answer) => !known.has(answer.questionId))) throw invalidAnswer("An answer is for an unknown question.");
  const rows: AnswerRow[] = [];
  for (const question of questions) {
    const answer = byId.get(question.id);
    if (question.kind === "rating") {
      if (answer?.rating === undefined) throw invalidAnswer("Every rating question needs a rating from 1 to 5.");
      if (answer.text) throw invalidAnswer("A rating question takes no text.");
      rows.push({ questionId: question.id, rating: answer.rating, text: null });
    } else {
      if (answer?.rating !== undefined) throw invalidAnswer("An open question takes text, not a rating.");
      if (answer?.text) rows.push({ questionId: question.id, rating: null, text: answer.text });
    }
  }
  return rows;
}

/**
 * Stores a participant's answers to a session's open questionnaire, replacing their earlier
 * ones: one response per participant. The cohort's own participants only (trainers 403).
 * 404 without a questionnaire, 409 `questionnaire_not_open` when it is a draft or closed,
 * 400 `invalid_answer` when a rating is missing or an answer does not fit its question. The
 * status check and the writes share a transaction holding the questionnaire's row, so nothing
 * is stored once closing has happened.
 */
export async function submitResponse(
  user: SessionUser | null,
  cohortId: string,
  sessionId: string,
  input: unknown,
  prisma: DbClient = getPrisma(),
): Promise<MyAnswerView[]> {
  const participant = await assertCohortParticipant(user, cohortId, prisma);
  await findCourseSession(cohortId, sessionId, prisma);
  return prisma.$transaction(async (tx) => {
    const questionnaire = await tx.questionnaire.findUnique({
      where: { sessionId },
      select: { id: true, questions: { select: { id: true, kind: true }, orderBy: { position: "asc" } } },
    });
    if (!questionnaire) throw questionnaireNotFound();
    // A no-op update takes the row lock (PostgreSQL) and fails when closing got there first.
    const locked = await tx.questionnaire.updateMany({
      where: { id: questionnaire.id, status: "open" },
      data: { status: "open" },
    });
    if (locked.count === 0) throw notOpen();
    const rows = toAnswerRows(input, questionnaire.questions);
    const key = { questionnaireId: questionnaire.id, userId: participant.id };
    await tx.questionnaireResponse.deleteMany({ where: key });
    await tx.questionnaireResponse.create({
      data: { ...key, submittedAt: new Date(), answers: { create: rows } },
    });
    return rows;
  });
}
