import { getTranslations } from "next-intl/server";
import { ActionPlan } from "@/components/actions/ActionPlan";
import { listActionPlan } from "@/lib/server/actions/list-action-plan";
import { loadGroupAccess } from "../load-group-access";

export const dynamic = "force-dynamic";

type Params = Promise<{ cohortId: string; groupId: string }>;

/** The group's action plan: add, edit, delete, overdue first. */
export default async function GroupActionsPage({ params }: { params: Params }) {
  const { cohortId, groupId } = await params;
  const { user, group } = await loadGroupAccess(cohortId, groupId);
  const [plan, t] = await Promise.all([listActionPlan(user.id, group.roomId), getTranslations("actions")]);
  return (
    <section className="panel" aria-labelledby="actions-title" data-testid="workbook-actions">
      <h2 id="actions-title" className="panel__title">{t("heading")}</h2>
      <p className="panel__intro">{t("intro")}</p>
      <ActionPlan
        roomId={group.roomId}
        groupName={group.name}
        initialActions={plan.actions}
        today={plan.today}
        canEditDetails
      />
    </section>
  );
}
