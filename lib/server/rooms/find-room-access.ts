import { getPrisma, type DbClient } from "@/lib/server/db/client";

export type RoomRole = "editor" | "viewer";

export interface RoomAccess {
  role: RoomRole;
  facilitator: boolean;
  roomName: string;
}

/** What `userId` may do in `roomId`, or null when they are not a member (or either is unknown). */
export async function findRoomAccess(
  userId: string,
  roomId: string,
  prisma: DbClient = getPrisma(),
): Promise<RoomAccess | null> {
  const member = await prisma.roomMember.findUnique({
    where: { roomId_userId: { roomId, userId } },
    select: { role: true, facilitator: true, room: { select: { name: true } } },
  });
  if (!member) return null;
  return {
    // Anything unexpected in the column reads as the lesser right.
    role: member.role === "editor" ? "editor" : "viewer",
    facilitator: member.facilitator,
    roomName: member.room.name,
  };
}
