import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { findCourseSession } from "./find-course-session";

/**
 * Deletes a session from the cohort's timeline; the others keep their order (positions may have
 * a gap, which ordering does not mind). The groups' rooms and their work are untouched: they
 * belong to the groups, not to a session. Throws 404 when the session is not in the cohort.
 */
export async function deleteCourseSession(
  cohortId: string,
  sessionId: string,
  prisma: DbClient = getPrisma(),
): Promise<void> {
  await findCourseSession(cohortId, sessionId, prisma);
  await prisma.courseSession.deleteMany({ where: { id: sessionId, cohortId } });
}
