import type { SessionUser } from "@/lib/server/auth/session";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import type {
  FeedbackKind,
  PeerReviewDetail,
} from "@/lib/shared/peer-review/peer-review-schemas";
import { assertPeerReviewRole, toPeerReviewView } from "./peer-review-access";

/**
 * One visit with its feedback grid, for the cohort's trainers and both groups' participants (see
 * assertPeerReviewRole). Authors are shown by their name in the cohort.
 */
export async function getPeerReview(
  user: SessionUser | null,
  cohortId: string,
  peerReviewId: string,
  prisma: DbClient = getPrisma(),
): Promise<PeerReviewDetail> {
  const { role, review } = await assertPeerReviewRole(user, cohortId, peerReviewId, prisma);
  const isOpen = review.closedAt === null;
  const feedback = await prisma.peerFeedback.findMany({
    where: { peerReviewId: review.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      text: true,
      authorId: true,
      createdAt: true,
      author: {
        select: { name: true, cohortParticipations: { where: { cohortId }, select: { displayName: true } } },
      },
    },
  });
  return {
    ...toPeerReviewView(review),
    role,
    canAddFeedback: role === "visitor" && isOpen,
    feedback: feedback.map((item) => ({
      id: item.id,
      kind: item.kind as FeedbackKind,
      text: item.text,
      authorName: item.author.cohortParticipations[0]?.displayName ?? item.author.name,
      createdAt: item.createdAt.toISOString(),
      canDelete: role === "trainer" || (role === "visitor" && isOpen && item.authorId === user!.id),
    })),
  };
}
