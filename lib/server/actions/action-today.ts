import { courseTimeZone } from "@/lib/server/time/course-time-zone";
import { calendarDayIn } from "@/lib/shared/actions";

/** Today's calendar day in the course's time zone: what "overdue" is measured against. */
export function actionToday(now: Date = new Date()): string {
  return calendarDayIn(courseTimeZone(), now);
}
