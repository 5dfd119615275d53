import { getPrisma, type DbClient } from "@/lib/server/db/client";

export interface TrainerListItem {
  id: string;
  name: string;
  email: string | null;
  isAdmin: boolean;
  createdAt: Date;
}

/** Every trainer account, by name, for the admin's trainer page (never password hashes). */
export function listTrainers(prisma: DbClient = getPrisma()): Promise<TrainerListItem[]> {
  return prisma.user.findMany({
    where: { kind: "trainer" },
    select: { id: true, name: true, email: true, isAdmin: true, createdAt: true },
    orderBy: [{ name: "asc" }, { createdAt: "asc" }],
  });
}
