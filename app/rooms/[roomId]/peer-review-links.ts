/**
 * The room's side-panel links to open peer reviews for a participant: in their own group's room
 * the visits their group makes or receives; on a board they visit (read-only), the way back to
 * that visit's feedback grid. Trainers find visits on the cohort page instead.
 */
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/server/auth/session";
import type { CohortOfRoom } from "@/lib/server/cohorts/find-cohort-of-room";
import { listPeerReviews } from "@/lib/server/peer-review/list-peer-reviews";
import type { RoomAccess } from "@/lib/server/rooms/find-room-access";

export interface SideLink {
  href: string;
  label: string;
  testId: string;
}

export async function peerReviewLinksOf(
  user: SessionUser,
  roomId: string,
  cohort: CohortOfRoom | null,
  access: RoomAccess,
): Promise<SideLink[]> {
  if (!cohort || user.kind === "trainer") return [];
  const t = await getTranslations("peerReview");
  const open = (await listPeerReviews(user, cohort.cohortId)).filter((review) => !review.closedAt);
  const visitingHere = access.role === "viewer";
  return open
    .filter((review) => !visitingHere || review.host.roomId === roomId)
    .map((review) => {
      const isVisit = visitingHere || review.visitor.id === cohort.groupId;
      const label = isVisit ? t("visiting", { host: review.host.name }) : t("hosting", { visitor: review.visitor.name });
      return {
        href: `/cohorts/${encodeURIComponent(cohort.cohortId)}/peer-reviews/${encodeURIComponent(review.id)}`,
        label: t("roomLink", { label }),
        testId: `room-peer-review-${review.id}`,
      };
    });
}
