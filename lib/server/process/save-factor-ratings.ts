import { assertGroupMember } from "@/lib/server/access/assert-group-member";
import type { SessionUser } from "@/lib/server/auth/session";
import { findCourseSession } from "@/lib/server/cohorts/find-course-session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { SaveFactorRatingsInput, type FactorRound } from "@/lib/shared/process/process-schemas";
import { toScores } from "./process-views";

/**
 * Stores the group's ratings for one session (its round): each given factor is set, others keep
 * what they had; other sessions' rounds are never touched, so change over the course shows.
 * Bad input is a 400 (ZodError), a session of another cohort a 404; either stores nothing.
 * Answers the session's round as stored.
 */
export async function saveFactorRatings(
  user: SessionUser | null,
  cohortId: string,
  groupId: string,
  input: unknown,
  prisma: DbClient = getPrisma(),
): Promise<FactorRound> {
  await assertGroupMember(user, cohortId, groupId, prisma);
  const { sessionId, ratings } = SaveFactorRatingsInput.parse(input);
  await findCourseSession(cohortId, sessionId, prisma);
  const updatedById = user!.id;
  await prisma.$transaction(
    ratings.map(({ factor, rating, note }) =>
      prisma.factorRating.upsert({
        where: { groupId_sessionId_factor: { groupId, sessionId, factor } },
        create: { groupId, sessionId, factor, rating, note, updatedById },
        update: { rating, note, updatedById },
      }),
    ),
  );
  const stored = await prisma.factorRating.findMany({
    where: { groupId, sessionId },
    select: { factor: true, rating: true, note: true },
  });
  return { sessionId, ratings: toScores(stored) };
}
