import { getPrisma, type DbClient } from "@/lib/server/db/client";

/**
 * True when `userId` is an admin trainer. Read from the database on every call (not from the
 * session token), so taking admin rights away takes effect at once.
 */
export async function isAdmin(userId: string, prisma: DbClient = getPrisma()): Promise<boolean> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { kind: true, isAdmin: true },
  });
  return user?.kind === "trainer" && user.isAdmin;
}
