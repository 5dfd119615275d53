import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { ActionFromNoteInput, CreateActionInput, type ActionView } from "@/lib/shared/actions";
import { assertActionAccess } from "./action-access";
import { createAction } from "./create-action";
import { createActionFromNote } from "./create-action-from-note";

/**
 * What POST /api/rooms/<id>/actions does, for whoever works in the room (403 otherwise):
 * `{ noteId }` makes an action of that sticky note (createActionFromNote); anything else is a
 * typed action (CreateActionInput), whose link to a note only the note path sets.
 */
export async function addAction(
  userId: string,
  roomId: string,
  body: unknown,
  prisma: DbClient = getPrisma(),
): Promise<ActionView> {
  const fromNote = ActionFromNoteInput.safeParse(body);
  if (fromNote.success) return createActionFromNote(userId, roomId, fromNote.data.noteId, prisma);
  await assertActionAccess(userId, roomId, prisma);
  const typed = typeof body === "object" && body !== null ? (body as CreateActionInput) : ({} as CreateActionInput);
  return createAction(roomId, userId, { ...typed, sourceNoteId: null }, prisma);
}
