import { z } from "zod";
import { AppError } from "@/lib/server/errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { idSchema } from "./cohort-input";

const sessionIdsSchema = z.array(idSchema).max(200);

/**
 * Puts the cohort's sessions in the order of `sessionIds`, which must name each of its sessions
 * exactly once (else AppError("invalid_order", 400): a stale page must not drop or duplicate
 * sessions). Positions become 0…n-1, written in one transaction.
 */
export async function reorderCourseSessions(
  cohortId: string,
  sessionIds: string[],
  prisma: DbClient = getPrisma(),
): Promise<void> {
  const ids = sessionIdsSchema.parse(sessionIds);
  const cohort = await prisma.cohort.findUnique({
    where: { id: cohortId },
    select: { sessions: { select: { id: true } } },
  });
  if (!cohort) throw new AppError("cohort_not_found", 404, "This cohort does not exist.");
  const existing = new Set(cohort.sessions.map((session) => session.id));
  const isPermutation =
    ids.length === existing.size &&
    new Set(ids).size === ids.length &&
    ids.every((id) => existing.has(id));
  if (!isPermutation) {
    throw new AppError(
      "invalid_order",
      400,
      "The order must list each of the cohort's sessions once.",
    );
  }
  await prisma.$transaction(
    ids.map((id, position) =>
      prisma.courseSession.update({ where: { id }, data: { position }, select: { id: true } }),
    ),
  );
}
