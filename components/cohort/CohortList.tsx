/** The cohorts someone trains or takes part in, each a link to its page. */
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { CohortSummaryView } from "./types";

export function CohortList({ cohorts }: { cohorts: CohortSummaryView[] }) {
  const t = useTranslations("trainerHome");
  if (cohorts.length === 0) return <p className="empty-note">{t("noCohorts")}</p>;
  return (
    <ul className="card-list">
      {cohorts.map((cohort) => (
        <li key={cohort.id} className="card">
          <Link href={`/cohorts/${encodeURIComponent(cohort.id)}`} className="card__link" data-testid={`cohort-link-${cohort.id}`}>
            {cohort.name}
          </Link>
          <span className="card__meta">
            {[cohort.organisation, cohort.periodText].filter(Boolean).join(" · ") || t("noDetails")}
          </span>
          {cohort.role === "participant" && <span className="badge">{t("participantBadge")}</span>}
        </li>
      ))}
    </ul>
  );
}
