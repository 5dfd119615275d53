/**
 * Who is what in a peer review (intervisie), asked first by every peer-review service: the
 * cohort's trainers, the host group's participants and the visiting group's participants; anyone
 * else is refused before anything about the visit is read.
 */
import { forbidden } from "@/lib/server/access/access-errors";
import { assertCohortMember } from "@/lib/server/access/assert-cohort-member";
import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import type { PeerReviewRole, PeerReviewView } from "@/lib/shared/peer-review/peer-review-schemas";

const GROUP_SELECT = { select: { id: true, name: true, roomId: true } } as const;

export const PEER_REVIEW_SELECT = {
  id: true,
  cohortId: true,
  openedAt: true,
  closedAt: true,
  hostGroup: GROUP_SELECT,
  visitorGroup: GROUP_SELECT,
  _count: { select: { feedback: true } },
} as const;

export interface PeerReviewRow {
  id: string;
  cohortId: string;
  openedAt: Date;
  closedAt: Date | null;
  hostGroup: { id: string; name: string; roomId: string };
  visitorGroup: { id: string; name: string; roomId: string };
  _count: { feedback: number };
}

export function toPeerReviewView(row: PeerReviewRow): PeerReviewView {
  return {
    id: row.id,
    host: row.hostGroup,
    visitor: row.visitorGroup,
    openedAt: row.openedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    feedbackCount: row._count.feedback,
  };
}

export function peerReviewNotFound(): AppError {
  return new AppError("not_found", 404, "This peer review does not exist.");
}

/** The caller's group in the cohort (null for trainers and participants without a group). */
export async function groupOfParticipant(
  cohortId: string,
  userId: string,
  prisma: DbClient,
): Promise<string | null> {
  const participant = await prisma.cohortParticipant.findUnique({
    where: { cohortId_userId: { cohortId, userId } },
    select: { groupId: true, removedAt: true },
  });
  return participant && !participant.removedAt ? participant.groupId : null;
}

/**
 * The visit `peerReviewId` of `cohortId` and what `user` is in it: 401 without a session, 404
 * for an unknown cohort or visit, 403 for people outside the cohort and for participants of
 * groups that neither host nor visit.
 */
export async function assertPeerReviewRole(
  user: SessionUser | null,
  cohortId: string,
  peerReviewId: string,
  prisma: DbClient = getPrisma(),
): Promise<{ role: PeerReviewRole; review: PeerReviewRow }> {
  const cohortRole = await assertCohortMember(user, cohortId, prisma);
  const review = await prisma.peerReview.findFirst({
    where: { id: peerReviewId, cohortId },
    select: PEER_REVIEW_SELECT,
  });
  if (!review) throw peerReviewNotFound();
  if (cohortRole === "trainer") return { role: "trainer", review };
  const groupId = await groupOfParticipant(cohortId, user!.id, prisma);
  if (groupId && groupId === review.hostGroup.id) return { role: "host", review };
  if (groupId && groupId === review.visitorGroup.id) return { role: "visitor", review };
  throw forbidden();
}

/**
 * Whether a participant of `visitorGroupId` may look at `hostGroupId`'s board right now: a visit
 * between the two is open. Used by findRoomAccess.
 */
export async function isVisitingGroup(
  visitorGroupId: string,
  hostGroupId: string,
  prisma: DbClient = getPrisma(),
): Promise<boolean> {
  const open = await prisma.peerReview.findFirst({
    where: { hostGroupId, visitorGroupId, closedAt: null },
    select: { id: true },
  });
  return open !== null;
}
