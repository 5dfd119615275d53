import { z } from "zod";
import { AppError } from "@/lib/server/errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { displayNameSchema } from "@/lib/server/users/user-input";
import { normalizeJoinCode } from "./generate-join-code";
import type { RoomAccess } from "./find-room-access";

export const joinRoomByCodeInput = z.object({
  code: z.string().max(32),
  /** The guest's display name; used only when a new guest user is created. */
  name: displayNameSchema,
  /** The guest id the browser already has (from an earlier join), reused when it still exists. */
  guestUserId: z.string().min(1).max(64).optional(),
});
export type JoinRoomByCodeInput = z.input<typeof joinRoomByCodeInput>;

export interface JoinedRoom extends RoomAccess {
  roomId: string;
  userId: string;
  /** The user's display name (the stored one when an existing user was reused). */
  name: string;
  /** True when this call created the user (the caller should remember the id). */
  createdUser: boolean;
}

/**
 * Lets someone into a room with its join code (case-insensitive, surrounding spaces ignored).
 * Creates a guest user unless `guestUserId` names an existing user, and makes them an editor unless
 * they are already a member (an existing role or facilitator flag is kept, never lowered).
 * Unknown and closed codes both throw AppError("join_code_not_found", 404), so a closed code
 * reveals nothing.
 */
export async function joinRoomByCode(
  input: JoinRoomByCodeInput,
  prisma: DbClient = getPrisma(),
): Promise<JoinedRoom> {
  const { code: rawCode, name, guestUserId: knownUserId } = joinRoomByCodeInput.parse(input);
  const code = normalizeJoinCode(rawCode);
  const joinCode = code
    ? await prisma.joinCode.findUnique({
        where: { code },
        select: { closedAt: true, room: { select: { id: true, name: true } } },
      })
    : null;
  // A cohort's code has no room: joinByCode (lib/server/cohorts/join-by-code.ts) handles those.
  const room = joinCode?.room;
  if (!joinCode || joinCode.closedAt || !room) {
    throw new AppError("join_code_not_found", 404, "No open room has this code.");
  }

  return prisma.$transaction(async (tx) => {
    const existingUser = knownUserId
      ? await tx.user.findUnique({ where: { id: knownUserId }, select: { id: true, name: true } })
      : null;
    const user =
      existingUser ??
      (await tx.user.create({ data: { kind: "guest", name }, select: { id: true, name: true } }));
    const member = await tx.roomMember.upsert({
      where: { roomId_userId: { roomId: room.id, userId: user.id } },
      create: { roomId: room.id, userId: user.id, role: "editor", facilitator: false },
      update: {},
      select: { role: true, facilitator: true },
    });
    return {
      roomId: room.id,
      roomName: room.name,
      userId: user.id,
      name: user.name,
      role: member.role === "viewer" ? "viewer" : "editor",
      facilitator: member.facilitator,
      createdUser: !existingUser,
    };
  });
}
