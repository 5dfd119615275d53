import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { loadRoomDoc } from "@/lib/server/exports/load-room-doc";
import { pageOf, readRecords } from "@/lib/server/exports/notes-csv";
import { ACTION_TITLE_MAX, type ActionView } from "@/lib/shared/actions";
import { richTextToPlain } from "@/lib/shared/rich-text-to-plain";
import { stageByPageId } from "@/lib/shared/stages";
import { assertActionAccess } from "./action-access";
import { createAction } from "./create-action";

/** The note's text on one line, cut to a title's length. */
function titleOf(richText: unknown): string {
  const text = richTextToPlain(richText).replace(/\s+/g, " ").trim();
  return text.length > ACTION_TITLE_MAX ? `${text.slice(0, ACTION_TITLE_MAX - 1)}…` : text;
}

/**
 * Makes an action of the sticky note `noteId`, for whoever works in the room (403 otherwise).
 * The title and stage come from the stored room document — the note's text, and the stage page
 * it sits on (through frames and groups) — not from the caller, so they are the board's. 404
 * `note_not_found` when the document has no such note (yet: a private note of a silent
 * brainstorm, or an edit still on its way), 400 `note_empty` when it has no text.
 */
export async function createActionFromNote(
  userId: string,
  roomId: string,
  noteId: string,
  prisma: DbClient = getPrisma(),
): Promise<ActionView> {
  await assertActionAccess(userId, roomId, prisma);
  const records = readRecords(await loadRoomDoc(roomId, prisma));
  const note = records.get(noteId);
  if (!note || note.typeName !== "shape" || note.type !== "note") {
    throw new AppError("note_not_found", 404, "This sticky note is not on the shared board (yet).");
  }
  const title = titleOf(note.props?.richText);
  if (!title) throw new AppError("note_empty", 400, "This sticky note has no text to make an action of.");
  const stage = stageByPageId(pageOf(note, records) ?? "");
  return createAction(roomId, userId, { title, stageId: stage?.id ?? null, sourceNoteId: noteId }, prisma);
}
