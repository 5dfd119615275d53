/**
 * Which session a group fills in by default: the latest session that has started (its start
 * time has passed), else the first one. Sessions come in the cohort's order.
 */
export function pickDefaultSession<T extends { id: string; startsAt: string | Date | null }>(
  sessions: readonly T[],
  now: Date = new Date(),
): string | null {
  let started: T | undefined;
  for (const session of sessions) {
    if (session.startsAt && new Date(session.startsAt).getTime() <= now.getTime()) {
      if (!started || new Date(session.startsAt) >= new Date(started.startsAt!)) started = session;
    }
  }
  return (started ?? sessions[0])?.id ?? null;
}
