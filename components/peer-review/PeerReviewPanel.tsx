"use client";
/**
 * The trainer's peer reviews on the cohort page: pick whose board is visited and by which group,
 * open the visit, follow the feedback count and close it again (see lib/server/peer-review/*).
 */
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { useCohortAction } from "@/lib/client/use-cohort-action";
import type { PeerReviewView } from "@/lib/shared/peer-review/peer-review-schemas";
import { ActionError } from "@/components/cohort/ActionError";

interface PeerReviewPanelProps {
  cohortId: string;
  groups: { id: string; name: string }[];
  peerReviews: PeerReviewView[];
}

export function PeerReviewPanel({ cohortId, groups, peerReviews }: PeerReviewPanelProps) {
  const t = useTranslations("peerReview");
  const format = useFormatter();
  const id = useId();
  const { run, isPending, error } = useCohortAction();
  const [hostGroupId, setHostGroupId] = useState(groups[0]?.id ?? "");
  const [visitorGroupId, setVisitorGroupId] = useState(groups[1]?.id ?? "");
  const base = `/api/cohorts/${encodeURIComponent(cohortId)}/peer-reviews`;

  const handleOpen = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await run("POST", base, { hostGroupId, visitorGroupId });
  };
  const groupSelect = (label: string, value: string, onChange: (value: string) => void, testId: string) => (
    <div className="field">
      <label htmlFor={`${id}-${testId}`}>{label}</label>
      <select id={`${id}-${testId}`} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {groups.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="peer-review-panel">
      <h2 id={`${id}-title`} className="panel__title">{t("panelTitle")}</h2>
      <p className="panel__intro">{t("panelIntro")}</p>
      {groups.length < 2 ? (
        <p className="empty-note">{t("needTwoGroups")}</p>
      ) : (
        <form className="inline-form" onSubmit={handleOpen}>
          {groupSelect(t("hostLabel"), hostGroupId, setHostGroupId, "peer-review-host")}
          {groupSelect(t("visitorLabel"), visitorGroupId, setVisitorGroupId, "peer-review-visitor")}
          <div className="inline-form__actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={isPending || hostGroupId === visitorGroupId}
              data-testid="peer-review-open"
            >
              {t("open")}
            </button>
          </div>
        </form>
      )}
      <ActionError error={error} />
      {peerReviews.length === 0 ? (
        <p className="empty-note">{t("none")}</p>
      ) : (
        <ul className="card-list peer-review-list">
          {peerReviews.map((review) => {
            const names = { host: review.host.name, visitor: review.visitor.name };
            const href = `/cohorts/${encodeURIComponent(cohortId)}/peer-reviews/${encodeURIComponent(review.id)}`;
            return (
              <li key={review.id} className="card" data-testid={`peer-review-${review.id}`} data-open={review.closedAt ? "false" : "true"}>
                <strong>{t("visitTitle", names)}</strong>
                <span className="peer-review-list__meta">
                  {review.closedAt
                    ? t("closedAt", { time: format.dateTime(new Date(review.closedAt), { dateStyle: "short", timeStyle: "short" }) })
                    : t("openSince", { time: format.dateTime(new Date(review.openedAt), { dateStyle: "short", timeStyle: "short" }) })}
                  {" · "}
                  {t("feedbackCount", { count: review.feedbackCount })}
                </span>
                <span className="peer-review-list__actions">
                  <a className="button button--small button--quiet" href={href} aria-label={t("viewLabel", names)}>
                    {t("view")}
                  </a>
                  {!review.closedAt && (
                    <button
                      type="button"
                      className="button button--small button--danger-quiet"
                      disabled={isPending}
                      aria-label={t("closeLabel", names)}
                      data-testid={`peer-review-close-${review.id}`}
                      onClick={() => run("POST", `${base}/${encodeURIComponent(review.id)}/close`)}
                    >
                      {t("close")}
                    </button>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
