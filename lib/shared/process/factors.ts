/**
 * The success factors of a co-creation process the course names (docs: /work/shared/COURSE.md's
 * learning goals): each group rates its own process on them, 1–5, at the sessions it chooses.
 * Keys are stored in the database (FactorRating.factor), so never rename one; labels live here
 * once, in both languages.
 */
export const PROCESS_FACTORS = [
  "support",
  "diversity",
  "sharedGoal",
  "facilitation",
  "partnerCommitment",
  "followUp",
] as const;
export type ProcessFactor = (typeof PROCESS_FACTORS)[number];

export type ProcessLocale = "nl" | "en";

export const FACTOR_LABELS: Record<ProcessFactor, Record<ProcessLocale, string>> = {
  support: { nl: "Draagvlak bij betrokkenen", en: "Support from those involved" },
  diversity: { nl: "Diversiteit van perspectieven", en: "Diversity of perspectives" },
  sharedGoal: { nl: "Gedeeld doel", en: "A shared goal" },
  facilitation: { nl: "Begeleiding van het proces", en: "Facilitation" },
  partnerCommitment: { nl: "Betrokkenheid van partners", en: "Commitment of partners" },
  followUp: { nl: "Opvolging", en: "Follow-up" },
};

/** The factor's label in `locale` (English for any locale other than Dutch). */
export function factorLabel(factor: ProcessFactor, locale: string): string {
  return FACTOR_LABELS[factor][locale === "nl" ? "nl" : "en"];
}

export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const RATING_VALUES = [1, 2, 3, 4, 5] as const;
