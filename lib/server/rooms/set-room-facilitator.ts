import { forbidden } from "@/lib/server/access/access-errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { findRoomAccess } from "./find-room-access";

/**
 * Makes a participant of a room a facilitator there, or takes it back. Only a trainer account
 * that facilitates the room may (cohort trainers, admins, the demo room's owner); a promoted
 * participant cannot promote others. The flag lives on the participant's RoomMember row, which
 * findRoomAccess reads on every room-token request; a group room still requires cohort
 * membership, so the row never grants access on its own. The caller must then call
 * `accessChanged(targetUserId)` so the open connection reconnects with the new right.
 */
export async function setRoomFacilitator(
  actorUserId: string,
  roomId: string,
  targetUserId: string,
  facilitator: boolean,
  prisma: DbClient = getPrisma(),
): Promise<{ userId: string; facilitator: boolean }> {
  const actor = await prisma.user.findUnique({ where: { id: actorUserId }, select: { kind: true } });
  if (actor?.kind !== "trainer") throw forbidden();
  const actorAccess = await findRoomAccess(actorUserId, roomId, prisma);
  if (!actorAccess?.facilitator) throw forbidden();

  const target = await prisma.user.findUnique({ where: { id: targetUserId }, select: { kind: true } });
  const targetAccess = target ? await findRoomAccess(targetUserId, roomId, prisma) : null;
  if (!target || !targetAccess) {
    throw new AppError("participant_not_found", 404, "This person is not in this room.");
  }
  if (target.kind === "trainer" || targetAccess.role !== "editor") {
    throw new AppError("not_a_participant", 409, "Only a participant who can edit can be made facilitator.");
  }
  await prisma.roomMember.upsert({
    where: { roomId_userId: { roomId, userId: targetUserId } },
    create: { roomId, userId: targetUserId, role: "editor", facilitator },
    update: { facilitator },
  });
  return { userId: targetUserId, facilitator };
}
