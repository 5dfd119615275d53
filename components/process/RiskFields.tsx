"use client";
/** The two inputs of a risk (what could go wrong, and how the group deals with it), for add and edit. */
import { useTranslations } from "next-intl";
import { useId } from "react";
import { MITIGATION_MAX, RISK_MAX } from "@/lib/shared/process/process-schemas";

export interface RiskDraft {
  risk: string;
  mitigation: string;
}

export function RiskFields({ draft, onChange }: { draft: RiskDraft; onChange: (draft: RiskDraft) => void }) {
  const t = useTranslations("process");
  const id = useId();
  return (
    <>
      <div className="field field--grow">
        <label htmlFor={`${id}-risk`}>{t("risk")}</label>
        <input
          id={`${id}-risk`}
          value={draft.risk}
          onChange={(event) => onChange({ ...draft, risk: event.target.value })}
          maxLength={RISK_MAX}
          required
        />
      </div>
      <div className="field field--grow">
        <label htmlFor={`${id}-mitigation`}>{t("mitigation")}</label>
        <input
          id={`${id}-mitigation`}
          value={draft.mitigation}
          onChange={(event) => onChange({ ...draft, mitigation: event.target.value })}
          maxLength={MITIGATION_MAX}
        />
      </div>
    </>
  );
}
