import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { FeedbackGrid } from "@/components/peer-review/FeedbackGrid";
import { getSessionUser } from "@/lib/server/auth/session";
import { isAppError } from "@/lib/server/errors";
import { getPeerReview } from "@/lib/server/peer-review/get-peer-review";

export const dynamic = "force-dynamic";

type Params = Promise<{ cohortId: string; peerReviewId: string }>;

/**
 * One peer review: the way to the host's board (read-only for the visitors while open) and the
 * feedback grid — filled in by the visiting group, read by the host group and the trainers.
 * Anyone else gets the not-found page.
 */
export default async function PeerReviewPage({ params }: { params: Params }) {
  const { cohortId, peerReviewId } = await params;
  const user = await getSessionUser();
  const path = `/cohorts/${cohortId}/peer-reviews/${peerReviewId}`;
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  const review = await getPeerReview(user, cohortId, peerReviewId).catch((error: unknown) => {
    if (isAppError(error)) notFound();
    throw error;
  });
  const t = await getTranslations("peerReview");
  const names = { host: review.host.name, visitor: review.visitor.name };
  const isOpen = review.closedAt === null;
  const intro = { visitor: "introVisitor", host: "introHost", trainer: "introTrainer" } as const;
  return (
    <main className="page page--wide peer-review" data-testid="peer-review-page">
      <div className="page__head">
        <p>
          <a href={`/cohorts/${encodeURIComponent(cohortId)}`}>← {t("backToCohort")}</a>
        </p>
        <h1>{t("visitTitle", names)}</h1>
        <p className="page__intro">{t(intro[review.role], names)}</p>
        {!isOpen && (
          <p className="notice" role="status" data-testid="peer-review-closed">
            {t("closedNotice")}
          </p>
        )}
        {isOpen && review.role !== "host" && (
          <p>
            <a
              className="button button--secondary"
              href={`/rooms/${encodeURIComponent(review.host.roomId)}`}
              data-testid="peer-review-board-link"
            >
              {t("openBoard", names)}
            </a>
          </p>
        )}
      </div>
      <FeedbackGrid
        cohortId={cohortId}
        peerReviewId={review.id}
        feedback={review.feedback}
        canAdd={review.canAddFeedback}
      />
    </main>
  );
}
