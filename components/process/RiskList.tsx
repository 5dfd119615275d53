"use client";
/** The risks the group named for one session, and a form to add one. */
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ActionError } from "@/components/cohort/ActionError";
import { useCohortAction } from "@/lib/client/use-cohort-action";
import type { ProcessRiskView } from "@/lib/shared/process/process-schemas";
import { RiskFields } from "./RiskFields";
import { RiskItem } from "./RiskItem";

interface RiskListProps {
  apiBase: string;
  sessionId: string;
  risks: ProcessRiskView[];
}

const EMPTY = { risk: "", mitigation: "" };

export function RiskList({ apiBase, sessionId, risks }: RiskListProps) {
  const t = useTranslations("process");
  const { run, isPending, error } = useCohortAction();
  const [draft, setDraft] = useState(EMPTY);

  const handleAdd = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await run("POST", `${apiBase}/process/risks`, { sessionId, ...draft })) setDraft(EMPTY);
  };

  return (
    <section className="panel" aria-labelledby="risks-title" data-testid="risk-list">
      <div className="panel__head">
        <h2 className="panel__title" id="risks-title">{t("risksTitle")}</h2>
      </div>
      {risks.length === 0 ? (
        <p className="empty-note">{t("noRisks")}</p>
      ) : (
        <ul className="risk-list">
          {risks.map((risk) => (
            <RiskItem key={risk.id} apiBase={apiBase} risk={risk} />
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={handleAdd} data-testid="add-risk-form">
        <RiskFields draft={draft} onChange={setDraft} />
        <div className="inline-form__actions">
          <button type="submit" className="button button--secondary" disabled={isPending || !draft.risk.trim()}>
            {t("addRisk")}
          </button>
        </div>
      </form>
      <ActionError error={error} />
    </section>
  );
}
