"use client";
/**
 * The board's side panel link to the group's action plan, with how many actions are overdue
 * (in words). Refreshed when this browser makes an action and when the tab comes back into view.
 */
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { ACTIONS_CHANGED_EVENT, fetchActionPlan } from "@/lib/client/actions/action-api";
import { countOverdueActions } from "@/lib/shared/actions";

export function OverdueActionsLink({ roomId, href }: { roomId: string; href: string }) {
  const t = useTranslations("actions");
  const [overdue, setOverdue] = useState<number | null>(null);

  useEffect(() => {
    let isCancelled = false;
    const refresh = () => {
      if (document.hidden) return;
      fetchActionPlan(roomId).then(
        (plan) => !isCancelled && setOverdue(countOverdueActions(plan.actions, plan.today)),
        () => undefined, // the link still works; the count waits for the next refresh
      );
    };
    refresh();
    window.addEventListener(ACTIONS_CHANGED_EVENT, refresh);
    document.addEventListener("visibilitychange", refresh);
    return () => {
      isCancelled = true;
      window.removeEventListener(ACTIONS_CHANGED_EVENT, refresh);
      document.removeEventListener("visibilitychange", refresh);
    };
  }, [roomId]);

  const overdueText = t("overdueCount", { count: overdue ?? 0 });
  return (
    <a href={href} aria-label={t("boardLinkLabel", { overdue: overdueText })} data-testid="open-action-plan">
      {t("boardLink")}
      {overdue !== null && overdue > 0 && (
        <span className="action-overdue" data-testid="board-overdue-actions">
          {" "}
          <span aria-hidden="true">⚠</span> {overdueText}
        </span>
      )}
    </a>
  );
}
