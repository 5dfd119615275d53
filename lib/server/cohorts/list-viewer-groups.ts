import type { CohortRole } from "@/lib/server/access/cohort-role-of";
import { getPrisma, type DbClient } from "@/lib/server/db/client";

/**
 * The groups of a cohort someone sees, in creation order: a trainer every group, a participant
 * only their own (none once removed). The caller checked `viewer.role` with an access assert.
 */
export async function listViewerGroups(
  cohortId: string,
  viewer: { userId: string; role: CohortRole },
  prisma: DbClient = getPrisma(),
): Promise<{ id: string; name: string; roomId: string }[]> {
  return prisma.group.findMany({
    where:
      viewer.role === "trainer"
        ? { cohortId }
        : { cohortId, participants: { some: { userId: viewer.userId, removedAt: null } } },
    select: { id: true, name: true, roomId: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}
