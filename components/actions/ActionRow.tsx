"use client";
/** One action as a table row: what, who, with whom, when (flagged when overdue), status. */
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { ActionPlanState } from "@/lib/client/actions/use-action-plan";
import { isActionOverdue, type ActionStatus, type ActionView } from "@/lib/shared/actions";
import { STAGES } from "@/lib/shared/stages";
import { OverdueFlag } from "./OverdueFlag";
import { StatusOptions } from "./StatusOptions";

interface ActionRowProps {
  action: ActionView;
  today: string;
  plan: ActionPlanState;
  /** Off on the session page: status only. */
  canEditDetails: boolean;
  onEdit(): void;
}

export function ActionRow({ action, today, plan, canEditDetails, onEdit }: ActionRowProps) {
  const t = useTranslations("actions");
  const format = useFormatter();
  const locale = useLocale() === "en" ? "en" : "nl";
  const stage = STAGES.find((candidate) => candidate.id === action.stageId);
  const isOverdue = isActionOverdue(action, today);
  const dueText = action.dueOn
    ? format.dateTime(new Date(`${action.dueOn}T00:00:00.000Z`), { dateStyle: "medium", timeZone: "UTC" })
    : t("noDue");

  const handleDelete = () => {
    if (window.confirm(t("deleteConfirm"))) void plan.remove(action.id);
  };

  return (
    <tr
      className={`action-row${isOverdue ? " action-row--overdue" : ""}${action.status === "done" ? " action-row--done" : ""}`}
      data-testid="action-row"
      data-overdue={isOverdue}
    >
      <td>
        <span className="action-row__title" data-testid="action-title">{action.title}</span>
        {(stage || action.sourceNoteId) && (
          <span className="action-row__meta">
            {stage && (
              <span className="badge" data-testid="action-stage">
                {t("fromStage", { stage: stage[locale] })}
              </span>
            )}{" "}
            {action.sourceNoteId && t("fromNote")}
          </span>
        )}
      </td>
      <td data-testid="action-owner">{action.ownerName ?? "—"}</td>
      <td data-testid="action-partners">{action.partners ?? "—"}</td>
      <td data-testid="action-due">
        <span className={action.dueOn ? undefined : "action-row__muted"}>{dueText}</span>
        {isOverdue && action.dueOn && (
          <>
            <br />
            <OverdueFlag dueOn={action.dueOn} />
          </>
        )}
      </td>
      <td>
        <select
          className="action-row__status"
          value={action.status}
          aria-label={t("statusLabel", { title: action.title })}
          data-testid="action-status"
          onChange={(event) => void plan.update(action.id, { status: event.target.value as ActionStatus })}
        >
          <StatusOptions />
        </select>
      </td>
      {canEditDetails && (
        <td className="action-row__buttons">
          <button type="button" className="button button--quiet button--small" onClick={onEdit} aria-label={t("editLabel", { title: action.title })} data-testid="action-edit">
            {t("edit")}
          </button>
          <button type="button" className="button button--danger-quiet button--small" onClick={handleDelete} aria-label={t("deleteLabel", { title: action.title })} data-testid="action-delete">
            {t("delete")}
          </button>
        </td>
      )}
    </tr>
  );
}
