/** One line per group on the trainer's cohort page: how many actions, how many overdue. */
import { useTranslations } from "next-intl";
import type { GroupActionPlan } from "@/lib/shared/actions";

export function CohortActionSummary({ cohortId, plans }: { cohortId: string; plans: GroupActionPlan[] }) {
  const t = useTranslations("actions");
  if (plans.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="cohort-actions-title" data-testid="cohort-actions">
      <h2 id="cohort-actions-title" className="panel__title">{t("cohortHeading")}</h2>
      <ul className="action-summary">
        {plans.map((plan) => (
          <li key={plan.groupId} data-testid={`cohort-actions-${plan.groupId}`}>
            <a
              href={`/cohorts/${encodeURIComponent(cohortId)}/groups/${encodeURIComponent(plan.groupId)}/actions`}
              aria-label={t("openGroupPlan", { group: plan.groupName })}
            >
              {plan.groupName}
            </a>
            {": "}
            {t("actionCount", { count: plan.actions.length })},{" "}
            <span className={plan.overdueCount > 0 ? "action-summary__overdue" : undefined}>
              {plan.overdueCount > 0 && <span aria-hidden="true">⚠ </span>}
              {t("overdueCount", { count: plan.overdueCount })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
