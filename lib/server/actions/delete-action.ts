import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { actionNotFound, assertActionAccess } from "./action-access";

/** Deletes an action, for whoever works in the room (403 otherwise; 404 when it is not there). */
export async function deleteAction(
  userId: string,
  roomId: string,
  actionId: string,
  prisma: DbClient = getPrisma(),
): Promise<{ id: string }> {
  await assertActionAccess(userId, roomId, prisma);
  const { count } = await prisma.action.deleteMany({ where: { id: actionId, roomId } });
  if (count === 0) throw actionNotFound();
  return { id: actionId };
}
