import type { SessionUser } from "@/lib/server/auth/session";
import { forbidden, unauthenticated } from "@/lib/server/access/access-errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { findRoomAccess } from "@/lib/server/rooms/find-room-access";

/**
 * Lets through whoever works in the room (an editor or a facilitator: the cohort's trainers and
 * the group's own participants, who may take their results home); 401 without a session, 403
 * for everyone else, other groups included. Returns the room's name for the file name.
 */
export async function assertExportAccess(
  user: SessionUser | null,
  roomId: string,
  prisma: DbClient = getPrisma(),
): Promise<{ roomName: string }> {
  if (!user) throw unauthenticated();
  const access = await findRoomAccess(user.id, roomId, prisma);
  if (!access || (access.role !== "editor" && !access.facilitator)) throw forbidden();
  return { roomName: access.roomName };
}

/** The room's name as the start of a file name: safe for any header and file system. */
export function fileBaseOf(roomName: string): string {
  const base = roomName
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return (base || "room").slice(0, 80);
}

/** A Content-Disposition for a download named after the room. */
export function attachmentHeader(roomName: string, suffix: string): string {
  return `attachment; filename="${fileBaseOf(roomName)}-${suffix}"`;
}
