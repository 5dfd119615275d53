/**
 * Maps the cohort services' results to the plain view shapes of components/cohort, with dates
 * formatted in the reader's language. Cohort dates are calendar days (stored as midnight UTC), so
 * they are formatted in UTC; session times in the course's time zone: APP_TIME_ZONE, else the
 * process's TZ, else Europe/Amsterdam (a server often runs in UTC while the course does not).
 */
import type { getFormatter } from "next-intl/server";
import type { CourseSessionView, CohortDetailsView } from "@/components/cohort/types";
import type { CohortInfo, CourseSessionInfo } from "@/lib/server/cohorts/cohort-input";
import { courseTimeZone } from "@/lib/server/time/course-time-zone";

export type Formatter = Awaited<ReturnType<typeof getFormatter>>;

const DAY = { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" } as const;
const DAY_AND_TIME = { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" } as const;

export function periodText(format: Formatter, startsOn: Date | null, endsOn: Date | null): string | null {
  if (startsOn && endsOn) return format.dateTimeRange(startsOn, endsOn, DAY);
  if (startsOn) return format.dateTime(startsOn, DAY);
  if (endsOn) return `– ${format.dateTime(endsOn, DAY)}`;
  return null;
}

const dayInput = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export function toCohortDetailsView(format: Formatter, cohort: CohortInfo): CohortDetailsView {
  return {
    id: cohort.id,
    name: cohort.name,
    organisation: cohort.organisation,
    startsOn: dayInput(cohort.startsOn),
    endsOn: dayInput(cohort.endsOn),
    periodText: periodText(format, cohort.startsOn, cohort.endsOn),
  };
}

export function toSessionViews(format: Formatter, sessions: CourseSessionInfo[]): CourseSessionView[] {
  return sessions.map((session) => ({
    id: session.id,
    position: session.position,
    title: session.title,
    kind: session.kind,
    startsAt: session.startsAt?.toISOString() ?? null,
    startsAtText: session.startsAt ? format.dateTime(session.startsAt, { ...DAY_AND_TIME, timeZone: courseTimeZone() }) : null,
  }));
}
