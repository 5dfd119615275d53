/** A metric's result for one target, or why that target has none in this run. */
import type { TargetSpec } from "../lib/targets";

export type Measured<T> =
  { spec: TargetSpec; ok: true; value: T } | { spec: TargetSpec; ok: false; reason: string };

/** The successful results, by target. */
export function succeeded<T>(results: readonly Measured<T>[]): { spec: TargetSpec; value: T }[] {
  return results.flatMap((result) =>
    result.ok ? [{ spec: result.spec, value: result.value }] : [],
  );
}

/** Lines naming the targets that failed in this metric ([] when none did). */
export function failures(results: readonly Measured<unknown>[]): string[] {
  const failed = results.flatMap((result) => (result.ok ? [] : [result]));
  if (failed.length === 0) return [];
  return [
    "",
    ...failed.map(
      (result) =>
        `> ${result.spec.label}: not measured, the step failed: ${result.reason.split("\n")[0]}`,
    ),
  ];
}

/** True for the targets that are not Cocreate (the peers the targets compare against). */
export const isPeer = (spec: TargetSpec) => !spec.key.startsWith("cocreate");
