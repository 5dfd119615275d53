import { z } from "zod";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import {
  courseSessionKindSchema,
  courseSessionSelect,
  dateInputSchema,
  sessionTitleSchema,
  toCourseSessionInfo,
  type CourseSessionInfo,
} from "./cohort-input";
import { findCourseSession } from "./find-course-session";

/** Fields left out stay as they are; `startsAt: null` clears the date. */
export const updateCourseSessionInput = z.object({
  title: sessionTitleSchema.optional(),
  kind: courseSessionKindSchema.optional(),
  startsAt: dateInputSchema.nullable().optional(),
});
export type UpdateCourseSessionInput = z.input<typeof updateCourseSessionInput>;

/** Edits a session's title, kind or date. Throws 404 when the session is not in the cohort. */
export async function updateCourseSession(
  cohortId: string,
  sessionId: string,
  input: UpdateCourseSessionInput,
  prisma: DbClient = getPrisma(),
): Promise<CourseSessionInfo> {
  const data = updateCourseSessionInput.parse(input);
  await findCourseSession(cohortId, sessionId, prisma);
  const session = await prisma.courseSession.update({
    where: { id: sessionId },
    data,
    select: courseSessionSelect,
  });
  return toCourseSessionInfo(session);
}
