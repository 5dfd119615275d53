"use client";
/** Close the cohort's join code (new joins refused) or renew it (a new code; the old one stops). */
import { useTranslations } from "next-intl";
import { useCohortAction } from "@/lib/client/use-cohort-action";
import { ActionError } from "./ActionError";

export function JoinCodeActions({ cohortId, hasOpenCode }: { cohortId: string; hasOpenCode: boolean }) {
  const t = useTranslations("joinCode");
  const { run, isPending, error } = useCohortAction();
  const path = `/api/cohorts/${encodeURIComponent(cohortId)}/join-code`;

  const handleClose = () => {
    if (window.confirm(t("confirmClose"))) void run("DELETE", path);
  };

  return (
    <div className="join-code__actions">
      <button type="button" className="button button--primary button--small" onClick={() => void run("POST", path)} disabled={isPending} data-testid="renew-join-code">
        {hasOpenCode ? t("renew") : t("open")}
      </button>
      {hasOpenCode && (
        <button type="button" className="button button--danger-quiet button--small" onClick={handleClose} disabled={isPending} data-testid="close-join-code">
          {t("close")}
        </button>
      )}
      <ActionError error={error} />
    </div>
  );
}
