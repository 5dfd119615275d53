"use client";
/**
 * The feedback grid of a peer review: four quadrants (tops, tips, questions, ideas). The visiting
 * group adds to them while the visit is open; everyone else reads. Each change goes to the
 * server and the page is refreshed from what it stored.
 */
import { useTranslations } from "next-intl";
import { useCohortAction } from "@/lib/client/use-cohort-action";
import {
  FEEDBACK_KINDS,
  type PeerFeedbackView,
} from "@/lib/shared/peer-review/peer-review-schemas";
import { ActionError } from "@/components/cohort/ActionError";
import { FeedbackQuadrant } from "./FeedbackQuadrant";

interface FeedbackGridProps {
  cohortId: string;
  peerReviewId: string;
  feedback: PeerFeedbackView[];
  canAdd: boolean;
}

export function FeedbackGrid({ cohortId, peerReviewId, feedback, canAdd }: FeedbackGridProps) {
  const t = useTranslations("peerReview");
  const action = useCohortAction();
  const base = `/api/cohorts/${encodeURIComponent(cohortId)}/peer-reviews/${encodeURIComponent(peerReviewId)}/feedback`;
  return (
    <section aria-label={t("gridLabel")} data-testid={`feedback-grid-${peerReviewId}`}>
      <div className="feedback-grid">
        {FEEDBACK_KINDS.map((kind) => (
          <FeedbackQuadrant
            key={kind}
            kind={kind}
            items={feedback.filter((item) => item.kind === kind)}
            canAdd={canAdd}
            isPending={action.isPending}
            onAdd={async (text) => (await action.run("POST", base, { kind, text })) !== null}
            onDelete={(feedbackId) => action.run("DELETE", `${base}/${encodeURIComponent(feedbackId)}`)}
          />
        ))}
      </div>
      <ActionError error={action.error} />
    </section>
  );
}
