/**
 * Success and risk factors of a group's co-creation process: the input the routes accept and the
 * views they answer, shared by the routes, the services and the workbook pages.
 */
import { z } from "zod";
import { PROCESS_FACTORS, RATING_MAX, RATING_MIN, type ProcessFactor } from "./factors";

export const FACTOR_NOTE_MAX = 280;
export const RISK_MAX = 300;
export const MITIGATION_MAX = 600;

const Id = z.string().min(1).max(64);
/** "" and null both store null. */
const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

export const Rating = z.number().int().min(RATING_MIN).max(RATING_MAX);

export const FactorRatingInput = z.object({
  factor: z.enum(PROCESS_FACTORS),
  rating: Rating,
  note: OptionalText(FACTOR_NOTE_MAX),
});

/** PUT …/groups/[groupId]/process/ratings: the group's ratings for one session (a round). */
export const SaveFactorRatingsInput = z.object({
  sessionId: Id,
  ratings: z
    .array(FactorRatingInput)
    .min(1)
    .max(PROCESS_FACTORS.length)
    .refine((ratings) => new Set(ratings.map((each) => each.factor)).size === ratings.length, {
      message: "Each factor at most once",
    }),
});
export type SaveFactorRatingsInput = z.infer<typeof SaveFactorRatingsInput>;

/** POST …/groups/[groupId]/process/risks. */
export const CreateProcessRiskInput = z.object({
  sessionId: Id,
  risk: z.string().trim().min(1).max(RISK_MAX),
  mitigation: OptionalText(MITIGATION_MAX),
});
export type CreateProcessRiskInput = z.infer<typeof CreateProcessRiskInput>;

/** PATCH …/groups/[groupId]/process/risks/[riskId]: what changes. */
export const UpdateProcessRiskInput = z
  .object({
    risk: z.string().trim().min(1).max(RISK_MAX).optional(),
    mitigation: OptionalText(MITIGATION_MAX).optional(),
  })
  .refine((input) => input.risk !== undefined || input.mitigation !== undefined, {
    message: "Nothing to change",
  });
export type UpdateProcessRiskInput = z.infer<typeof UpdateProcessRiskInput>;

export interface ProcessSessionView {
  id: string;
  title: string;
  /** 0-based place in the cohort's timeline. */
  position: number;
  /** ISO time, or null when not planned. */
  startsAt: string | null;
}

export interface FactorScore {
  rating: number;
  note: string | null;
}

/** One filled-in session: the group's ratings then (factors not rated are absent). */
export interface FactorRound {
  sessionId: string;
  ratings: Partial<Record<ProcessFactor, FactorScore>>;
}

export interface ProcessRiskView {
  id: string;
  sessionId: string;
  risk: string;
  mitigation: string | null;
}

/** GET …/groups/[groupId]/process: everything the group's factors page shows. */
export interface GroupProcessView {
  sessions: ProcessSessionView[];
  /** The round the page opens on: the latest session that has started, else the first. */
  defaultSessionId: string | null;
  /** Every session the group rated, in the cohort's session order. */
  rounds: FactorRound[];
  /** Every risk of the group, by session order, oldest first within a session. */
  risks: ProcessRiskView[];
}

/** The trainer's side-by-side view of one session: every group's ratings and risks. */
export interface CohortProcessOverview {
  sessions: ProcessSessionView[];
  /** The session shown (null when the cohort has no sessions). */
  sessionId: string | null;
  groups: {
    id: string;
    name: string;
    ratings: Partial<Record<ProcessFactor, FactorScore>>;
    risks: ProcessRiskView[];
  }[];
}
