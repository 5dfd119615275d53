import type { SessionUser } from "@/lib/server/auth/session";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import type { CourseSessionInfo } from "@/lib/server/cohorts/cohort-input";
import { findCourseSession } from "@/lib/server/cohorts/find-course-session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";

/**
 * The access check of the trainers' evaluation services: the cohort's trainers only (401/403,
 * 404 for an unknown cohort), and the session must be one of that cohort's (404
 * `session_not_found`), so access to one cohort never reaches another's questionnaires.
 */
export async function assertSessionTrainer(
  user: SessionUser | null,
  cohortId: string,
  sessionId: string,
  prisma: DbClient = getPrisma(),
): Promise<CourseSessionInfo> {
  await assertCohortTrainer(user, cohortId, prisma);
  return findCourseSession(cohortId, sessionId, prisma);
}

/**
 * What the services that change a questionnaire start with: `assertSessionTrainer`, then `input`
 * parsed by `schema` (so a stranger gets 401/403/404 before any 400 about the body).
 */
export async function parseAsSessionTrainer<Fields>(
  user: SessionUser | null,
  cohortId: string,
  sessionId: string,
  schema: { parse(input: unknown): Fields },
  input: unknown,
  prisma: DbClient,
): Promise<Fields> {
  await assertSessionTrainer(user, cohortId, sessionId, prisma);
  return schema.parse(input);
}
