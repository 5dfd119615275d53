import { forbidden, unauthenticated } from "@/lib/server/access/access-errors";
import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { changeRoomDocument } from "@/lib/server/realtime/document-changes";
import { findRoomAccess } from "@/lib/server/rooms/find-room-access";
import {
  replaceBoardRecords,
  type ReplaceResult,
} from "@/lib/shared/history/replace-board-records";
import { loadVersionDoc } from "./load-version";

/**
 * Makes a version's board the room's current board (facilitators only). The restore is an
 * ordinary edit on top of the current state, stored and sent to everyone in the room, and kept
 * as a new "restore" version: every earlier version, and the state before, stay in the history.
 */
export async function restoreVersion(
  user: SessionUser | null,
  roomId: string,
  versionId: string,
  prisma: DbClient = getPrisma(),
): Promise<ReplaceResult> {
  if (!user) throw unauthenticated();
  const access = await findRoomAccess(user.id, roomId, prisma);
  if (!access?.facilitator) throw forbidden();
  const versionDoc = await loadVersionDoc(roomId, versionId, prisma);
  let result: ReplaceResult = { put: 0, deleted: 0 };
  try {
    await changeRoomDocument(
      roomId,
      (copy) => {
        result = replaceBoardRecords(copy, versionDoc);
      },
      "restore",
    );
  } finally {
    versionDoc.destroy();
  }
  return result;
}
