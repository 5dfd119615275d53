import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { CreateActionInput, type ActionView } from "@/lib/shared/actions";
import { ACTION_SELECT, toActionView } from "./action-view";

/**
 * Adds an agreed action to a room, recorded as created by `createdById`. Validates the input
 * (400 `invalid_action`) and the room (404). Who may call it is the caller's check: issue 6's
 * route decides that (room editors, presumably) before calling.
 */
export async function createAction(
  roomId: string,
  createdById: string,
  input: CreateActionInput,
  prisma: DbClient = getPrisma(),
): Promise<ActionView> {
  const parsed = CreateActionInput.safeParse(input);
  if (!parsed.success) throw new AppError("invalid_action", 400, "This action is not valid.");
  const room = await prisma.room.findUnique({ where: { id: roomId }, select: { id: true } });
  if (!room) throw new AppError("room_not_found", 404, "This room does not exist.");
  const action = await prisma.action.create({
    data: { ...parsed.data, roomId, createdById },
    select: ACTION_SELECT,
  });
  return toActionView(action);
}
