import { AppError } from "@/lib/server/errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";

/**
 * Redistributes all active participants over the cohort's groups, round-robin in joining order
 * over the groups in creation order, so group sizes differ by at most one. Returns how many
 * landed in each group. Throws AppError("no_groups", 409) when the cohort has no groups.
 */
export async function splitParticipantsEvenly(
  cohortId: string,
  prisma: DbClient = getPrisma(),
): Promise<Record<string, number>> {
  const cohort = await prisma.cohort.findUnique({
    where: { id: cohortId },
    select: {
      groups: { select: { id: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      participants: {
        where: { removedAt: null },
        select: { userId: true },
        orderBy: [{ joinedAt: "asc" }, { userId: "asc" }],
      },
    },
  });
  if (!cohort) throw new AppError("cohort_not_found", 404, "This cohort does not exist.");
  const groupIds = cohort.groups.map((group) => group.id);
  if (groupIds.length === 0) throw new AppError("no_groups", 409, "Create a group first.");

  const byGroup = new Map<string, string[]>(groupIds.map((id) => [id, []]));
  cohort.participants.forEach((participant, index) => {
    byGroup.get(groupIds[index % groupIds.length]!)!.push(participant.userId);
  });
  await prisma.$transaction(
    [...byGroup].map(([groupId, userIds]) =>
      prisma.cohortParticipant.updateMany({
        where: { cohortId, userId: { in: userIds } },
        data: { groupId },
      }),
    ),
  );
  return Object.fromEntries([...byGroup].map(([groupId, userIds]) => [groupId, userIds.length]));
}
