import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import type { SessionUser } from "@/lib/server/auth/session";
import { findGroup } from "@/lib/server/cohorts/find-group";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import {
  OpenPeerReviewRequest,
  type PeerReviewView,
} from "@/lib/shared/peer-review/peer-review-schemas";
import { PEER_REVIEW_SELECT, toPeerReviewView } from "./peer-review-access";

/**
 * Opens a visit (trainers of the cohort): from now on the visiting group's participants see the
 * host group's board read-only and fill in its feedback grid. Both groups must belong to the
 * cohort (404 otherwise) and differ (400); a second open visit of the same pair is a 409.
 */
export async function openPeerReview(
  user: SessionUser | null,
  cohortId: string,
  input: unknown,
  prisma: DbClient = getPrisma(),
): Promise<PeerReviewView> {
  const trainer = await assertCohortTrainer(user, cohortId, prisma);
  const { hostGroupId, visitorGroupId } = OpenPeerReviewRequest.parse(input);
  await findGroup(cohortId, hostGroupId, prisma);
  await findGroup(cohortId, visitorGroupId, prisma);
  const alreadyOpen = await prisma.peerReview.findFirst({
    where: { hostGroupId, visitorGroupId, closedAt: null },
    select: { id: true },
  });
  if (alreadyOpen) {
    throw new AppError("conflict", 409, "This group is already visiting that board.");
  }
  const created = await prisma.peerReview.create({
    data: { cohortId, hostGroupId, visitorGroupId, openedById: trainer.id },
    select: PEER_REVIEW_SELECT,
  });
  return toPeerReviewView(created);
}
