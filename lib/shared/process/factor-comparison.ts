/**
 * The side-by-side view of factor ratings that the charts and tables show: one row per factor,
 * one column per round (a group's sessions) or per group (the trainer's view of one session).
 */
import { PROCESS_FACTORS, type ProcessFactor } from "./factors";
import type { CohortProcessOverview, FactorScore, GroupProcessView } from "./process-schemas";

export interface ComparisonColumn {
  /** A session id (rounds) or a group id (groups). */
  key: string;
  label: string;
}

export interface FactorComparisonRow {
  factor: ProcessFactor;
  /** Column key → rating, null where that column did not rate the factor. */
  values: Record<string, number | null>;
}

export interface FactorComparison {
  columns: ComparisonColumn[];
  rows: FactorComparisonRow[];
}

function compare(
  columns: readonly (ComparisonColumn & { ratings: Partial<Record<ProcessFactor, FactorScore>> })[],
): FactorComparison {
  return {
    columns: columns.map(({ key, label }) => ({ key, label })),
    rows: PROCESS_FACTORS.map((factor) => ({
      factor,
      values: Object.fromEntries(columns.map((column) => [column.key, column.ratings[factor]?.rating ?? null])),
    })),
  };
}

/** A group's filled-in sessions side by side, in session order, so change over the course shows. */
export function compareRounds(view: Pick<GroupProcessView, "sessions" | "rounds">): FactorComparison {
  const titles = new Map(view.sessions.map((session) => [session.id, session.title]));
  return compare(
    view.rounds.map((round) => ({
      key: round.sessionId,
      label: titles.get(round.sessionId) ?? round.sessionId,
      ratings: round.ratings,
    })),
  );
}

/** Every group of a cohort side by side for the session of the overview. */
export function compareGroups(overview: Pick<CohortProcessOverview, "groups">): FactorComparison {
  return compare(overview.groups.map((group) => ({ key: group.id, label: group.name, ratings: group.ratings })));
}
