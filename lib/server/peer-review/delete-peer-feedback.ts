import { forbidden } from "@/lib/server/access/access-errors";
import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { peerReviewClosed } from "./add-peer-feedback";
import { assertPeerReviewRole } from "./peer-review-access";

/**
 * Deletes a feedback item: its author while the visit is open, or a trainer of the cohort at any
 * time (to take out what should not be there). The host group never deletes what it was given.
 */
export async function deletePeerFeedback(
  user: SessionUser | null,
  cohortId: string,
  peerReviewId: string,
  feedbackId: string,
  prisma: DbClient = getPrisma(),
): Promise<{ id: string }> {
  const { role, review } = await assertPeerReviewRole(user, cohortId, peerReviewId, prisma);
  const item = await prisma.peerFeedback.findFirst({
    where: { id: feedbackId, peerReviewId: review.id },
    select: { id: true, authorId: true },
  });
  if (!item) throw new AppError("not_found", 404, "This feedback does not exist (any more).");
  if (role !== "trainer") {
    if (role !== "visitor" || item.authorId !== user!.id) throw forbidden();
    if (review.closedAt) throw peerReviewClosed();
  }
  await prisma.peerFeedback.delete({ where: { id: item.id } });
  return { id: item.id };
}
