/** What the evaluation routes accept, and the views they answer with (browser and server alike). */
import { z } from "zod";
import { DEFAULT_QUESTION_KEYS, type DefaultQuestionKey, type QuestionKind } from "./default-questions";

export const QUESTION_KINDS = ["rating", "open"] as const satisfies readonly QuestionKind[];
export const QUESTIONNAIRE_STATUSES = ["draft", "open", "closed"] as const;
export type QuestionnaireStatus = (typeof QUESTIONNAIRE_STATUSES)[number];

export const MAX_QUESTIONS = 20;
export const QUESTION_TEXT_MAX = 300;
export const ANSWER_TEXT_MAX = 2000;
export const RATING_MIN = 1;
export const RATING_MAX = 5;

/** One question as the trainer lists it: a default one by key, or their own words and kind. */
export const QuestionDraft = z.discriminatedUnion("source", [
  z.object({ source: z.literal("default"), defaultKey: z.enum(DEFAULT_QUESTION_KEYS) }),
  z.object({
    source: z.literal("own"),
    kind: z.enum(QUESTION_KINDS),
    text: z.string().trim().min(1, "Question text is required").max(QUESTION_TEXT_MAX),
  }),
]);
export type QuestionDraft = z.infer<typeof QuestionDraft>;

/** PUT …/evaluation: the questionnaire's questions in the order asked (replaces the list). */
export const SaveQuestionsInput = z.object({
  questions: z
    .array(QuestionDraft)
    .max(MAX_QUESTIONS)
    .refine((questions) => {
      const keys = questions.flatMap((question) => (question.source === "default" ? [question.defaultKey] : []));
      return new Set(keys).size === keys.length;
    }, "A default question can be asked only once"),
});
export type SaveQuestionsInput = z.input<typeof SaveQuestionsInput>;

/** PUT …/evaluation/status: open it for the participants, or close it. */
export const SetQuestionnaireStatusInput = z.object({ status: z.enum(["open", "closed"]) });

/** PUT …/evaluation/response: one participant's answers; questions left out stay unanswered. */
export const SubmitResponseInput = z.object({
  answers: z
    .array(
      z.object({
        questionId: z.string().min(1).max(64),
        rating: z.number().int().min(RATING_MIN).max(RATING_MAX).optional(),
        text: z.string().trim().max(ANSWER_TEXT_MAX).optional(),
      }),
    )
    .max(MAX_QUESTIONS),
});
export type SubmitResponseInput = z.input<typeof SubmitResponseInput>;

export interface QuestionView {
  id: string;
  position: number;
  kind: QuestionKind;
  /** Stored text (Dutch for a default question); show `questionText(question, locale)`. */
  text: string;
  defaultKey: DefaultQuestionKey | null;
}

export interface QuestionnaireView {
  id: string;
  sessionId: string;
  status: QuestionnaireStatus;
  questions: QuestionView[];
  responseCount: number;
}

export interface MyAnswerView {
  questionId: string;
  rating: number | null;
  text: string | null;
}
