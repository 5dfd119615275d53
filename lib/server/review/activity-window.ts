import { ACTIVITY_BUCKET_MINUTES } from "@/lib/shared/review/cohort-overview";

const BUCKET_MS = ACTIVITY_BUCKET_MINUTES * 60_000;
/** Longest stretch of a course session the chart shows. */
export const SESSION_WINDOW_MS = 4 * 60 * 60_000;
/** Without a running session: the two hours up to the last activity. */
export const RECENT_WINDOW_MS = 2 * 60 * 60_000;

export interface WindowInput {
  /** The cohort's course sessions with a start time. */
  sessions: { title: string; startsAt: Date | null }[];
  /** The last change in any of the cohort's rooms, or null. */
  lastActivityAt: Date | null;
  now: Date;
}

export interface ChosenWindow {
  from: Date;
  to: Date;
  sessionTitle: string | null;
}

const floorToBucket = (at: number) => Math.floor(at / BUCKET_MS) * BUCKET_MS;
const ceilToBucket = (at: number) => Math.ceil(at / BUCKET_MS) * BUCKET_MS;

/**
 * The stretch of time the activity charts cover, on 5-minute bucket edges: the latest course
 * session that has started (from its start, at most four hours, not past now) when there was
 * activity in it; otherwise the two hours up to the last activity (or up to now).
 */
export function chooseActivityWindow({ sessions, lastActivityAt, now }: WindowInput): ChosenWindow {
  const started = sessions
    .filter((session) => session.startsAt && session.startsAt.getTime() <= now.getTime())
    .sort((a, b) => b.startsAt!.getTime() - a.startsAt!.getTime())[0];
  if (started && lastActivityAt && lastActivityAt.getTime() >= started.startsAt!.getTime()) {
    const from = floorToBucket(started.startsAt!.getTime());
    const to = ceilToBucket(Math.min(now.getTime(), from + SESSION_WINDOW_MS) + 1);
    return { from: new Date(from), to: new Date(to), sessionTitle: started.title };
  }
  const end = ceilToBucket((lastActivityAt ?? now).getTime() + 1);
  return { from: new Date(end - RECENT_WINDOW_MS), to: new Date(end), sessionTitle: null };
}

/** Counts per bucket of `window`, empty buckets included, from per-minute rows. */
export function bucketActivity(
  window: { from: Date; to: Date },
  rows: { minute: Date; updates: number }[],
): { startsAt: string; updates: number }[] {
  const from = window.from.getTime();
  const count = Math.max(0, Math.round((window.to.getTime() - from) / BUCKET_MS));
  const updates = new Array<number>(count).fill(0);
  for (const row of rows) {
    const at = Math.floor((row.minute.getTime() - from) / BUCKET_MS);
    if (at >= 0 && at < count) updates[at] = (updates[at] ?? 0) + row.updates;
  }
  return updates.map((value, at) => ({
    startsAt: new Date(from + at * BUCKET_MS).toISOString(),
    updates: value,
  }));
}
