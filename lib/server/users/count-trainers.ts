import { getPrisma, type DbClient } from "@/lib/server/db/client";

/** How many trainer accounts exist; 0 means a first run (the /setup page is open). */
export function countTrainers(prisma: DbClient = getPrisma()): Promise<number> {
  return prisma.user.count({ where: { kind: "trainer" } });
}
