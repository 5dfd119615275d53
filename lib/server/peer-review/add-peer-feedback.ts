import { forbidden } from "@/lib/server/access/access-errors";
import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { AddPeerFeedbackRequest } from "@/lib/shared/peer-review/peer-review-schemas";
import { assertPeerReviewRole } from "./peer-review-access";

export function peerReviewClosed(): AppError {
  return new AppError("conflict", 409, "This peer review is closed.");
}

/**
 * Adds one item to the feedback grid: only a participant of the visiting group, only while the
 * visit is open (409 after). Bad input is a 400 and stores nothing.
 */
export async function addPeerFeedback(
  user: SessionUser | null,
  cohortId: string,
  peerReviewId: string,
  input: unknown,
  prisma: DbClient = getPrisma(),
): Promise<{ id: string }> {
  const { role, review } = await assertPeerReviewRole(user, cohortId, peerReviewId, prisma);
  if (role !== "visitor") throw forbidden();
  const { kind, text } = AddPeerFeedbackRequest.parse(input);
  if (review.closedAt) throw peerReviewClosed();
  return prisma.peerFeedback.create({
    data: { peerReviewId: review.id, kind, text, authorId: user!.id },
    select: { id: true },
  });
}
