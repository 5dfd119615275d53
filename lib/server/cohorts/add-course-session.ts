import { z } from "zod";
import { AppError } from "@/lib/server/errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import {
  courseSessionKindSchema,
  courseSessionSelect,
  dateInputSchema,
  sessionTitleSchema,
  toCourseSessionInfo,
  type CourseSessionInfo,
} from "./cohort-input";

export const addCourseSessionInput = z.object({
  title: sessionTitleSchema,
  kind: courseSessionKindSchema.default("session"),
  startsAt: dateInputSchema.nullable().optional(),
});
export type AddCourseSessionInput = z.input<typeof addCourseSessionInput>;

/** Adds a session at the end of the cohort's timeline. Throws 404 for an unknown cohort. */
export async function addCourseSession(
  cohortId: string,
  input: AddCourseSessionInput,
  prisma: DbClient = getPrisma(),
): Promise<CourseSessionInfo> {
  const { title, kind, startsAt } = addCourseSessionInput.parse(input);
  const cohort = await prisma.cohort.findUnique({
    where: { id: cohortId },
    select: { sessions: { select: { position: true }, orderBy: { position: "desc" }, take: 1 } },
  });
  if (!cohort) throw new AppError("cohort_not_found", 404, "This cohort does not exist.");
  const position = (cohort.sessions[0]?.position ?? -1) + 1;
  const session = await prisma.courseSession.create({
    data: { cohortId, position, title, kind, startsAt: startsAt ?? null },
    select: courseSessionSelect,
  });
  return toCourseSessionInfo(session);
}
