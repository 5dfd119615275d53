import { AppError } from "@/lib/server/errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { normalizeJoinCode } from "@/lib/server/rooms/generate-join-code";
import {
  joinRoomByCode,
  joinRoomByCodeInput,
  type JoinRoomByCodeInput,
} from "@/lib/server/rooms/join-room-by-code";
import type { RoomRole } from "@/lib/server/rooms/find-room-access";
import { pickSmallestGroup } from "./pick-smallest-group";

export type JoinByCodeInput = JoinRoomByCodeInput;

interface JoinedAs {
  userId: string;
  /** The name to show: the stored one when an existing participant or member came back. */
  name: string;
  /** True when this call created the guest user (the caller should remember the id). */
  createdUser: boolean;
}

export type JoinByCodeResult =
  | (JoinedAs & {
      kind: "room";
      roomId: string;
      roomName: string;
      role: RoomRole;
      facilitator: boolean;
    })
  | (JoinedAs & {
      kind: "cohort";
      cohortId: string;
      groupId: string | null;
      /** The group's room, or null while the participant waits to be put in a group. */
      roomId: string | null;
    });

function codeNotFound(): AppError {
  return new AppError("join_code_not_found", 404, "No open room has this code.");
}

/**
 * Joins with any code people type: a room's code (the demo's DEMO42) through joinRoomByCode, or
 * a cohort's participant code. For a cohort it reuses the device's guest (`guestUserId`, when it
 * names a guest) or creates one, and makes them a participant:
 * - new: named `name`, put in the group with the fewest participants (ties: the oldest group),
 *   or in none while the cohort has no groups;
 * - coming back (also after being removed): active again, keeping their name and group (a new
 *   group is picked only when they have none).
 * Unknown and closed codes both throw AppError("join_code_not_found", 404).
 */
export async function joinByCode(
  input: JoinByCodeInput,
  prisma: DbClient = getPrisma(),
): Promise<JoinByCodeResult> {
  const { code: rawCode, name, guestUserId } = joinRoomByCodeInput.parse(input);
  const code = normalizeJoinCode(rawCode);
  const joinCode = code
    ? await prisma.joinCode.findUnique({
        where: { code },
        select: { closedAt: true, roomId: true, cohortId: true },
      })
    : null;
  if (!joinCode || joinCode.closedAt) throw codeNotFound();

  if (joinCode.roomId) {
    const joined = await joinRoomByCode(input, prisma);
    return { kind: "room", ...joined };
  }
  const cohortId = joinCode.cohortId;
  if (!cohortId) throw codeNotFound();

  return prisma.$transaction(async (tx) => {
    const known = guestUserId
      ? await tx.user.findUnique({ where: { id: guestUserId }, select: { id: true, kind: true } })
      : null;
    const existingGuestId = known?.kind === "guest" ? known.id : null;
    const userId =
      existingGuestId ??
      (await tx.user.create({ data: { kind: "guest", name }, select: { id: true } })).id;

    const previous = existingGuestId
      ? await tx.cohortParticipant.findUnique({
          where: { cohortId_userId: { cohortId, userId } },
          select: { displayName: true, groupId: true },
        })
      : null;
    const groupId = previous?.groupId ?? (await pickSmallestGroup(tx, cohortId));
    const participant = await tx.cohortParticipant.upsert({
      where: { cohortId_userId: { cohortId, userId } },
      create: { cohortId, userId, displayName: name, groupId },
      update: { removedAt: null, groupId },
      select: { displayName: true, group: { select: { id: true, roomId: true } } },
    });
    return {
      kind: "cohort",
      cohortId,
      groupId: participant.group?.id ?? null,
      roomId: participant.group?.roomId ?? null,
      userId,
      name: participant.displayName,
      createdUser: !existingGuestId,
    };
  });
}
