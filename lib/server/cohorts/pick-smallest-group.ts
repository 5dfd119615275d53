/** The part of a Prisma client (or transaction client) this reads. */
import type { DbClient } from "@/lib/server/db/client";

type GroupReader = Pick<DbClient, "group">;

/**
 * The cohort's group with the fewest active participants; ties go to the group created first.
 * Null when the cohort has no groups yet.
 */
export async function pickSmallestGroup(
  prisma: GroupReader,
  cohortId: string,
): Promise<string | null> {
  const groups = await prisma.group.findMany({
    where: { cohortId },
    select: { id: true, _count: { select: { participants: { where: { removedAt: null } } } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  let smallest: { id: string; size: number } | null = null;
  for (const group of groups) {
    const size = group._count.participants;
    if (!smallest || size < smallest.size) smallest = { id: group.id, size };
  }
  return smallest?.id ?? null;
}
