/** The shapes of evaluation results, and the arithmetic behind them (no names anywhere). */
import type { QuestionnaireStatus, QuestionView } from "./evaluation-schemas";

/** How many answered a rating question, their mean, and how many gave each rating 1–5. */
export interface RatingSummary {
  count: number;
  mean: number | null;
  /** distribution[0] is the number of 1s … distribution[4] the number of 5s. */
  distribution: [number, number, number, number, number];
}

export type QuestionResult =
  | { kind: "rating"; question: QuestionView; summary: RatingSummary }
  | { kind: "open"; question: QuestionView; texts: string[] };

export interface SessionResults {
  questionnaireId: string;
  status: QuestionnaireStatus;
  responseCount: number;
  questions: QuestionResult[];
}

/** One rating question followed across the course: its mean per session (null: not asked there). */
export interface CourseRatingSeries {
  /** `default:<key>` for a default question, else `own:<lower-cased text>`. */
  key: string;
  question: Pick<QuestionView, "text" | "defaultKey">;
  means: (number | null)[];
  counts: number[];
}

export interface CourseResults {
  /** The sessions with an opened questionnaire, in course order. */
  sessions: { id: string; title: string; status: QuestionnaireStatus; responseCount: number }[];
  series: CourseRatingSeries[];
}

/** Counts, mean and distribution of ratings 1–5 (anything else is ignored). */
export function summarizeRatings(ratings: readonly number[]): RatingSummary {
  const distribution: RatingSummary["distribution"] = [0, 0, 0, 0, 0];
  let sum = 0;
  let count = 0;
  for (const rating of ratings) {
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) continue;
    distribution[rating - 1] = (distribution[rating - 1] ?? 0) + 1;
    sum += rating;
    count += 1;
  }
  return { count, mean: count > 0 ? sum / count : null, distribution };
}

/** The key that ties the same rating question together across sessions. */
export function seriesKeyOf(question: { text: string; defaultKey: string | null }): string {
  return question.defaultKey ? `default:${question.defaultKey}` : `own:${question.text.trim().toLowerCase()}`;
}
