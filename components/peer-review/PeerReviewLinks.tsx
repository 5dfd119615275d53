/**
 * A participant's way to their group's open peer reviews (on the cohort page): the visit their
 * group makes, to give feedback, and the visits to their own board, to read it.
 */
import { useTranslations } from "next-intl";
import type { PeerReviewView } from "@/lib/shared/peer-review/peer-review-schemas";

interface PeerReviewLinksProps {
  cohortId: string;
  /** The participant's group. */
  groupId: string;
  peerReviews: PeerReviewView[];
}

export function PeerReviewLinks({ cohortId, groupId, peerReviews }: PeerReviewLinksProps) {
  const t = useTranslations("peerReview");
  if (peerReviews.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="peer-review-links-title" data-testid="peer-review-links">
      <h2 id="peer-review-links-title" className="panel__title">{t("myVisits")}</h2>
      <ul className="card-list">
        {peerReviews.map((review) => (
          <li key={review.id} className="card">
            <a
              href={`/cohorts/${encodeURIComponent(cohortId)}/peer-reviews/${encodeURIComponent(review.id)}`}
              data-testid={`peer-review-link-${review.id}`}
            >
              {review.visitor.id === groupId
                ? t("visiting", { host: review.host.name })
                : t("hosting", { visitor: review.visitor.name })}
            </a>
            {review.closedAt && <span className="peer-review-list__meta">{t("closedNotice")}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
