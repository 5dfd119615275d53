import { assertCohortMember } from "@/lib/server/access/assert-cohort-member";
import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import type { PeerReviewView } from "@/lib/shared/peer-review/peer-review-schemas";
import { groupOfParticipant, PEER_REVIEW_SELECT, toPeerReviewView } from "./peer-review-access";

/**
 * The cohort's visits, newest first: all of them for its trainers; for a participant only those
 * their own group hosts or makes (none without a group). 401/404/403 as assertCohortMember.
 */
export async function listPeerReviews(
  user: SessionUser | null,
  cohortId: string,
  prisma: DbClient = getPrisma(),
): Promise<PeerReviewView[]> {
  const role = await assertCohortMember(user, cohortId, prisma);
  let groupFilter = {};
  if (role === "participant") {
    const groupId = await groupOfParticipant(cohortId, user!.id, prisma);
    if (!groupId) return [];
    groupFilter = { OR: [{ hostGroupId: groupId }, { visitorGroupId: groupId }] };
  }
  const rows = await prisma.peerReview.findMany({
    where: { cohortId, ...groupFilter },
    orderBy: [{ openedAt: "desc" }, { id: "asc" }],
    select: PEER_REVIEW_SELECT,
  });
  return rows.map(toPeerReviewView);
}
