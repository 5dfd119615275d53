import { getPrisma, type DbClient } from "@/lib/server/db/client";
import type { VersionSummary } from "@/lib/shared/history/version-summary";

/** The room's versions, oldest first (the order of the review timeline). */
export async function listRoomVersions(
  roomId: string,
  prisma: DbClient = getPrisma(),
): Promise<VersionSummary[]> {
  const versions = await prisma.docVersion.findMany({
    where: { roomId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    // Not the data: a room keeps many versions, and the list must stay cheap.
    select: { id: true, createdAt: true, reason: true, stageId: true },
  });
  return versions.map((version) => ({
    id: version.id,
    createdAt: version.createdAt.toISOString(),
    reason: version.reason,
    stageId: version.stageId,
  }));
}
