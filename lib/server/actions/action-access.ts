import { forbidden } from "@/lib/server/access/access-errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { findRoomAccess } from "@/lib/server/rooms/find-room-access";

/**
 * Throws 403 unless `userId` works in `roomId` (an editor or a facilitator): for a group's room,
 * the cohort's trainers and that group's own participants. A read-only viewer, another group or
 * another cohort's trainer is refused; an unknown room is a 403 too, so ids cannot be probed.
 */
export async function assertActionAccess(
  userId: string,
  roomId: string,
  prisma: DbClient = getPrisma(),
): Promise<void> {
  const access = await findRoomAccess(userId, roomId, prisma);
  if (!access || (access.role !== "editor" && !access.facilitator)) throw forbidden();
}

export function actionNotFound(): AppError {
  return new AppError("action_not_found", 404, "This action does not exist (any more).");
}
