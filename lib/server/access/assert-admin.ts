import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { forbidden, unauthenticated } from "./access-errors";
import { isAdmin } from "./is-admin";

/** Lets only admin trainers through (managing trainer accounts): 401 without a session, else 403. */
export async function assertAdmin(
  user: SessionUser | null,
  prisma: DbClient = getPrisma(),
): Promise<SessionUser> {
  if (!user) throw unauthenticated();
  if (user.kind !== "trainer" || !(await isAdmin(user.id, prisma))) throw forbidden();
  return user;
}
