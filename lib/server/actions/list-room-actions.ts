import { getPrisma, type DbClient } from "@/lib/server/db/client";
import type { ActionView } from "@/lib/shared/actions";
import { ACTION_SELECT, toActionView } from "./action-view";

/** A room's agreed actions, oldest first (the order they were agreed in). No access check. */
export async function listRoomActions(
  roomId: string,
  prisma: DbClient = getPrisma(),
): Promise<ActionView[]> {
  const rows = await prisma.action.findMany({
    where: { roomId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: ACTION_SELECT,
  });
  return rows.map(toActionView);
}
