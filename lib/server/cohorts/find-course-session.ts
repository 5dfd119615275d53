import { AppError } from "@/lib/server/errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { courseSessionSelect, toCourseSessionInfo, type CourseSessionInfo } from "./cohort-input";

/**
 * The session `sessionId` of cohort `cohortId`. A session of another cohort counts as missing, so
 * a route that checked access to the cohort cannot reach into another one.
 * Throws AppError("session_not_found", 404).
 */
export async function findCourseSession(
  cohortId: string,
  sessionId: string,
  prisma: DbClient = getPrisma(),
): Promise<CourseSessionInfo> {
  const session = await prisma.courseSession.findFirst({
    where: { id: sessionId, cohortId },
    select: courseSessionSelect,
  });
  if (!session) throw new AppError("session_not_found", 404, "This session does not exist.");
  return toCourseSessionInfo(session);
}
