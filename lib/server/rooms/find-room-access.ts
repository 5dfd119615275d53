import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { cohortRoleOf } from "@/lib/server/access/cohort-role-of";
import { isVisitingGroup } from "@/lib/server/peer-review/peer-review-access";

export type RoomRole = "editor" | "viewer";

export interface RoomAccess {
  role: RoomRole;
  facilitator: boolean;
  roomName: string;
}

/**
 * What `userId` may do in `roomId`, or null when nothing (or either is unknown). Asked on every
 * room-token request, so a change (a participant removed or moved) counts from the next token.
 *
 * - A group's room follows the cohort alone: the cohort's trainers (owner, co-trainers, admins)
 *   are editors and facilitators; a participant of that group who has not been removed is an
 *   editor, and a facilitator when a trainer made them one (their RoomMember row's flag, see
 *   set-room-facilitator.ts); a participant of another group of the cohort is a viewer (read-only,
 *   never facilitator) while a trainer has a peer review open in which their group visits this
 *   one (lib/server/peer-review/*); everyone else gets null. A RoomMember row never grants access
 *   there by itself, so a trainer taken off the cohort loses the room they created too.
 * - Any other room (the demo) follows its RoomMember rows.
 */
export async function findRoomAccess(
  userId: string,
  roomId: string,
  prisma: DbClient = getPrisma(),
): Promise<RoomAccess | null> {
  const room = await prisma.room.findUnique({
    where: { id: roomId },
    select: {
      name: true,
      group: { select: { id: true, cohortId: true } },
      members: { where: { userId }, select: { role: true, facilitator: true } },
    },
  });
  if (!room) return null;

  if (room.group) {
    const { id: groupId, cohortId } = room.group;
    const role = await cohortRoleOf(userId, cohortId, prisma);
    if (role === "trainer") return { role: "editor", facilitator: true, roomName: room.name };
    if (role !== "participant") return null;
    const participant = await prisma.cohortParticipant.findUnique({
      where: { cohortId_userId: { cohortId, userId } },
      select: { groupId: true },
    });
    if (!participant?.groupId) return null;
    if (participant.groupId !== groupId) {
      const visiting = await isVisitingGroup(participant.groupId, groupId, prisma);
      return visiting ? { role: "viewer", facilitator: false, roomName: room.name } : null;
    }
    return { role: "editor", facilitator: room.members[0]?.facilitator === true, roomName: room.name };
  }

  const member = room.members[0];
  if (!member) return null;
  return {
    // Anything unexpected in the column reads as the lesser right.
    role: member.role === "editor" ? "editor" : "viewer",
    facilitator: member.facilitator,
    roomName: room.name,
  };
}
