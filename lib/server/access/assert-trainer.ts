import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { forbidden, unauthenticated } from "./access-errors";

/**
 * Lets any trainer account through (creating cohorts, the trainer home): 401 without a session,
 * 403 for a guest or a trainer account that no longer exists.
 */
export async function assertTrainer(
  user: SessionUser | null,
  prisma: DbClient = getPrisma(),
): Promise<SessionUser> {
  if (!user) throw unauthenticated();
  if (user.kind !== "trainer") throw forbidden();
  const stored = await prisma.user.findUnique({ where: { id: user.id }, select: { kind: true } });
  if (stored?.kind !== "trainer") throw forbidden();
  return user;
}
