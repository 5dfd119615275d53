import { getPrisma, type DbClient } from "@/lib/server/db/client";

export interface OwnRoom {
  id: string;
  name: string;
  createdAt: Date;
}

/** Rooms a trainer owns outside any cohort (imported backups, for instance), newest first. */
export async function listOwnRooms(
  userId: string,
  prisma: DbClient = getPrisma(),
): Promise<OwnRoom[]> {
  return prisma.room.findMany({
    where: { ownerId: userId, group: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, createdAt: true },
  });
}
