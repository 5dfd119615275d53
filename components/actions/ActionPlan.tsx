"use client";
/**
 * A group's action plan as a table, overdue first. In the workbook (`canEditDetails`) the group
 * adds, edits and deletes actions; on a session page a trainer updates the status only.
 */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useActionPlan } from "@/lib/client/actions/use-action-plan";
import type { ActionView } from "@/lib/shared/actions";
import { ActionForm } from "./ActionForm";
import { ActionRow } from "./ActionRow";

interface ActionPlanProps {
  roomId: string;
  groupName: string;
  initialActions: ActionView[];
  /** The server's calendar day in the course's time zone. */
  today: string;
  canEditDetails: boolean;
}

export function ActionPlan({ roomId, groupName, initialActions, today, canEditDetails }: ActionPlanProps) {
  const t = useTranslations("actions");
  const plan = useActionPlan(roomId, initialActions, today);
  const [editingId, setEditingId] = useState<string | null>(null);
  const columns = canEditDetails ? 6 : 5;

  return (
    <div className="action-plan" data-testid={`action-plan-${roomId}`}>
      {plan.error && (
        <p className="action-plan__error" role="alert">
          {t("saveError", { message: plan.error })}
        </p>
      )}
      {plan.actions.length === 0 ? (
        <p className="empty-note">{t("empty")}</p>
      ) : (
        <div className="action-plan__scroll">
          <table className="action-table" aria-label={t("tableLabel", { group: groupName })}>
            <thead>
              <tr>
                <th scope="col">{t("columns.title")}</th>
                <th scope="col">{t("columns.owner")}</th>
                <th scope="col">{t("columns.partners")}</th>
                <th scope="col">{t("columns.dueOn")}</th>
                <th scope="col">{t("columns.status")}</th>
                {canEditDetails && <th scope="col"><span className="visually-hidden">{t("columns.manage")}</span></th>}
              </tr>
            </thead>
            <tbody>
              {plan.actions.map((action) =>
                editingId === action.id ? (
                  <tr key={action.id}>
                    <td colSpan={columns}>
                      <ActionForm
                        initial={{
                          title: action.title,
                          ownerName: action.ownerName ?? "",
                          partners: action.partners ?? "",
                          dueOn: action.dueOn ?? "",
                          status: action.status,
                        }}
                        submitLabel={t("save")}
                        onSubmit={async (fields) => {
                          const saved = await plan.update(action.id, fields);
                          if (saved) setEditingId(null);
                          return saved;
                        }}
                        onCancel={() => setEditingId(null)}
                      />
                    </td>
                  </tr>
                ) : (
                  <ActionRow
                    key={action.id}
                    action={action}
                    today={today}
                    plan={plan}
                    canEditDetails={canEditDetails}
                    onEdit={() => setEditingId(action.id)}
                  />
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
      {canEditDetails && (
        <section className="action-plan__add" aria-label={t("addHeading")}>
          <h3 className="action-plan__add-title">{t("addHeading")}</h3>
          <ActionForm submitLabel={t("add")} onSubmit={plan.create} />
        </section>
      )}
    </div>
  );
}
