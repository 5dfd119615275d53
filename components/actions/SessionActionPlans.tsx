/**
 * Every group's action plan on a course session page (the follow-up of what groups agreed): per
 * group its overdue count in words and its actions, whose status can be updated right here.
 */
import { useTranslations } from "next-intl";
import type { GroupActionPlan } from "@/lib/shared/actions";
import { ActionPlan } from "./ActionPlan";

export function SessionActionPlans({ plans, today }: { plans: GroupActionPlan[]; today: string }) {
  const t = useTranslations("actions");
  return (
    <section className="panel" aria-labelledby="session-actions-title" data-testid="session-actions">
      <h2 id="session-actions-title" className="panel__title">{t("sessionHeading")}</h2>
      <p className="panel__intro">{t("sessionIntro")}</p>
      {plans.map((plan) => (
        <div key={plan.groupId} className="action-group" data-testid={`session-actions-${plan.groupId}`}>
          <div className="action-group__head">
            <h3>{plan.groupName}</h3>
            <span className={plan.overdueCount > 0 ? "action-summary__overdue" : undefined}>
              {t("overdueCount", { count: plan.overdueCount })}
            </span>
          </div>
          <ActionPlan
            roomId={plan.roomId}
            groupName={plan.groupName}
            initialActions={plan.actions}
            today={today}
            canEditDetails={false}
          />
        </div>
      ))}
    </section>
  );
}
