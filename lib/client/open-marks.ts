/**
 * `performance.mark`s along the way a room opens (token, sync, store, editor), so a benchmark or
 * a person in DevTools' Performance panel sees where the time goes. Each step is marked once per
 * page load; a mark costs microseconds.
 */
export type OpenStep = "token" | "synced" | "store-loaded" | "editor-mounted";

export const OPEN_MARK_PREFIX = "cocreate:";

export function markOpenStep(step: OpenStep): void {
  if (typeof performance === "undefined" || typeof performance.mark !== "function") return;
  const name = `${OPEN_MARK_PREFIX}${step}`;
  if (performance.getEntriesByName(name, "mark").length === 0) performance.mark(name);
}
