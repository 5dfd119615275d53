"use client";
/** One risk with its mitigation: shown, edited in place, or removed. */
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ActionError } from "@/components/cohort/ActionError";
import { FormButtons } from "@/components/form/FormButtons";
import { useCohortAction } from "@/lib/client/use-cohort-action";
import type { ProcessRiskView } from "@/lib/shared/process/process-schemas";
import { EditRemoveButtons } from "./EditRemoveButtons";
import { RiskFields } from "./RiskFields";

export function RiskItem({ apiBase, risk }: { apiBase: string; risk: ProcessRiskView }) {
  const t = useTranslations("process");
  const { run, isPending, error } = useCohortAction();
  const [isEditing, setEditing] = useState(false);
  const [draft, setDraft] = useState({ risk: risk.risk, mitigation: risk.mitigation ?? "" });
  const path = `${apiBase}/process/risks/${encodeURIComponent(risk.id)}`;

  const handleSave = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await run("PATCH", path, { risk: draft.risk, mitigation: draft.mitigation })) setEditing(false);
  };

  if (isEditing) {
    return (
      <li className="risk-item">
        <form className="inline-form" onSubmit={handleSave}>
          <RiskFields draft={draft} onChange={setDraft} />
          <FormButtons
            submitLabel={t("saveRisk")}
            cancelLabel={t("cancel")}
            canSubmit={!isPending && !!draft.risk.trim()}
            onCancel={() => setEditing(false)}
            small
          />
        </form>
        <ActionError error={error} />
      </li>
    );
  }
  return (
    <li className="risk-item" data-testid="risk-item">
      <div className="risk-item__text">
        <strong>{risk.risk}</strong>
        <span className="card__meta">{risk.mitigation ?? t("noMitigation")}</span>
      </div>
      <div className="group-card__actions">
        <EditRemoveButtons
          labels={{ edit: t("edit"), remove: t("remove"), editItem: t("editLabel", { risk: risk.risk }), removeItem: t("removeLabel", { risk: risk.risk }) }}
          disabled={isPending}
          onEdit={() => setEditing(true)}
          onRemove={() => run("DELETE", path)}
        />
      </div>
      <ActionError error={error} />
    </li>
  );
}
