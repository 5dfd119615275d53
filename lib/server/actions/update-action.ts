import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { UpdateActionInput, type ActionView } from "@/lib/shared/actions";
import { actionNotFound, assertActionAccess } from "./action-access";
import { ACTION_SELECT, toActionView } from "./action-view";

/**
 * Changes an action's title, owner, partners, due day or status (fields left out stay as they
 * are), for whoever works in the room: 403 for anyone else, 404 for an action of another room
 * (or one just deleted), 400 `invalid_action` for a change that is not valid.
 */
export async function updateAction(
  userId: string,
  roomId: string,
  actionId: string,
  input: unknown,
  prisma: DbClient = getPrisma(),
): Promise<ActionView> {
  await assertActionAccess(userId, roomId, prisma);
  const parsed = UpdateActionInput.safeParse(input);
  if (!parsed.success) throw new AppError("invalid_action", 400, "This change to the action is not valid.");
  const { count } = await prisma.action.updateMany({ where: { id: actionId, roomId }, data: parsed.data });
  const action = count === 1 ? await prisma.action.findUnique({ where: { id: actionId }, select: ACTION_SELECT }) : null;
  if (!action) throw actionNotFound();
  return toActionView(action);
}
