import { forbidden } from "@/lib/server/access/access-errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { findRoomAccess } from "@/lib/server/rooms/find-room-access";
import type { VoteSessionView } from "@/lib/shared/facilitation/voting";

/** Who may do what in a vote: facilitators start and end, editors vote, viewers do nothing. */
export type VoteRight = "facilitator" | "voter" | "reader";

/**
 * Throws 403 unless `userId` has `right` in `roomId` (an unknown room is a 403 too, so room ids
 * cannot be probed). Returns whether the user is a facilitator.
 */
export async function assertVoteRight(
  userId: string,
  roomId: string,
  right: VoteRight,
  prisma: DbClient = getPrisma(),
): Promise<{ facilitator: boolean }> {
  const access = await findRoomAccess(userId, roomId, prisma);
  if (!access) throw forbidden();
  if (right === "facilitator" && !access.facilitator) throw forbidden();
  if (right === "voter" && access.role !== "editor") throw forbidden();
  return { facilitator: access.facilitator };
}

export function noOpenVote(): AppError {
  return new AppError("vote_not_open", 409, "There is no open vote in this room.");
}

interface VoteSessionRow {
  id: string;
  stageId: string;
  votesPerPerson: number;
  maxPerNote: number;
  status: string;
  startedAt: Date;
  endedAt: Date | null;
}

export const VOTE_SESSION_SELECT = {
  id: true,
  stageId: true,
  votesPerPerson: true,
  maxPerNote: true,
  status: true,
  startedAt: true,
  endedAt: true,
} as const;

/** A session as anyone in the room may see it (no ballots). */
export function toVoteSessionView(row: VoteSessionRow): VoteSessionView {
  return {
    id: row.id,
    stageId: row.stageId,
    votesPerPerson: row.votesPerPerson,
    maxPerNote: row.maxPerNote,
    status: row.status === "open" ? "open" : "ended",
    startedAt: row.startedAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
  };
}
