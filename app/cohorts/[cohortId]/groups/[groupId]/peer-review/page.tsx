import { getTranslations } from "next-intl/server";
import { FeedbackGrid } from "@/components/peer-review/FeedbackGrid";
import { getPeerReview } from "@/lib/server/peer-review/get-peer-review";
import { listPeerReviews } from "@/lib/server/peer-review/list-peer-reviews";
import { loadGroupAccess } from "../load-group-access";

export const dynamic = "force-dynamic";

type Params = Promise<{ cohortId: string; groupId: string }>;

/** The workbook's peer-review tab: the feedback other groups gave on this group's board, per visit. */
export default async function GroupPeerReviewPage({ params }: { params: Params }) {
  const { cohortId, groupId } = await params;
  const { user } = await loadGroupAccess(cohortId, groupId);
  const t = await getTranslations("peerReview");
  const hosted = (await listPeerReviews(user, cohortId)).filter((review) => review.host.id === groupId);
  const reviews = await Promise.all(hosted.map((review) => getPeerReview(user, cohortId, review.id)));
  return (
    <section className="peer-review" data-testid="workbook-peer-review">
      <p className="page__intro">{t("workbookIntro")}</p>
      {reviews.length === 0 && <p className="empty-note">{t("workbookNone")}</p>}
      {reviews.map((review) => (
        <article key={review.id} className="panel" aria-labelledby={`visit-${review.id}`}>
          <h2 id={`visit-${review.id}`} className="panel__title">
            <a href={`/cohorts/${encodeURIComponent(cohortId)}/peer-reviews/${encodeURIComponent(review.id)}`}>
              {t("visitTitle", { host: review.host.name, visitor: review.visitor.name })}
            </a>
          </h2>
          <FeedbackGrid cohortId={cohortId} peerReviewId={review.id} feedback={review.feedback} canAdd={false} />
        </article>
      ))}
    </section>
  );
}
