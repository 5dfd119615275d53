import * as Y from "yjs";
import { z } from "zod";
import { AppError } from "@/lib/server/errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { createRoom } from "@/lib/server/rooms/create-room";
import { getRecordsArray, getRoomMap } from "@/lib/shared/realtime/doc-layout";
import { loadRoomDoc } from "./load-room-doc";
import { readRecords } from "./notes-csv";

export const BACKUP_FORMAT = "cocreate-room-backup";
export const BACKUP_VERSION = 1;
/** Largest backup accepted on import (the JSON text). */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

export const RoomBackup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  roomName: z.string().trim().min(1).max(120),
  /** Base64 of Y.encodeStateAsUpdate: the document itself; `records` is only for humans. */
  update: z.string().min(1),
  records: z.array(z.unknown()).optional(),
});
export type RoomBackup = z.infer<typeof RoomBackup>;

/** The whole room document as a backup that `importRoomBackup` turns into a new room. */
export async function exportRoomBackup(
  roomId: string,
  prisma: DbClient = getPrisma(),
): Promise<RoomBackup> {
  const room = await prisma.room.findUnique({ where: { id: roomId }, select: { name: true } });
  if (!room) throw new AppError("room_not_found", 404, "This room does not exist.");
  const doc = await loadRoomDoc(roomId, prisma);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
    roomName: room.name,
    update: Buffer.from(Y.encodeStateAsUpdate(doc)).toString("base64"),
    records: [...readRecords(doc).values()],
  };
}

/** Decodes a backup's document, answering 400 when it is not a Yjs document of our layout. */
function decodeBackupDoc(update: string): Uint8Array {
  const bytes = new Uint8Array(Buffer.from(update, "base64"));
  try {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, bytes);
    if (getRecordsArray(doc).length === 0 && getRoomMap(doc).size === 0) throw new Error("empty");
    return Y.encodeStateAsUpdate(doc);
  } catch {
    throw new AppError("invalid_backup", 400, "The backup's document cannot be read.");
  }
}

/** A new room, owned by `ownerId`, whose document is the backup's (not the template). */
export async function importRoomBackup(
  ownerId: string,
  input: unknown,
  prisma: DbClient = getPrisma(),
): Promise<{ roomId: string }> {
  const parsed = RoomBackup.safeParse(input);
  if (!parsed.success)
    throw new AppError("invalid_backup", 400, "This is not a Cocreate room backup.");
  const document = decodeBackupDoc(parsed.data.update);
  const room = await createRoom({ name: parsed.data.roomName, ownerId, document }, prisma);
  return { roomId: room.roomId };
}
