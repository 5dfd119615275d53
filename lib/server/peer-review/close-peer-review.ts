import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import type { PeerReviewView } from "@/lib/shared/peer-review/peer-review-schemas";
import { PEER_REVIEW_SELECT, peerReviewNotFound, toPeerReviewView } from "./peer-review-access";

/**
 * Closes a visit (trainers of the cohort); closing a closed one changes nothing. Returns the
 * visit and the visiting group's participants: the caller must call `accessChanged` for each,
 * so their open connections to the host's board end at once (find-room-access.ts no longer
 * lets them in). The feedback stays for the host group to read.
 */
export async function closePeerReview(
  user: SessionUser | null,
  cohortId: string,
  peerReviewId: string,
  prisma: DbClient = getPrisma(),
): Promise<{ review: PeerReviewView; visitorUserIds: string[] }> {
  await assertCohortTrainer(user, cohortId, prisma);
  const found = await prisma.peerReview.findFirst({
    where: { id: peerReviewId, cohortId },
    select: { id: true, visitorGroupId: true },
  });
  if (!found) throw peerReviewNotFound();
  await prisma.peerReview.updateMany({
    where: { id: found.id, closedAt: null },
    data: { closedAt: new Date() },
  });
  const [review, visitors] = await Promise.all([
    prisma.peerReview.findUniqueOrThrow({ where: { id: found.id }, select: PEER_REVIEW_SELECT }),
    prisma.cohortParticipant.findMany({
      where: { cohortId, groupId: found.visitorGroupId },
      select: { userId: true },
    }),
  ]);
  return { review: toPeerReviewView(review), visitorUserIds: visitors.map((visitor) => visitor.userId) };
}
