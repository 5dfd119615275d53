"use client";
/** Adds a partner, or edits one (prefilled): name, kind, interest, influence, took part, note. */
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { ActionError } from "@/components/cohort/ActionError";
import { FormButtons } from "@/components/form/FormButtons";
import { useCohortAction } from "@/lib/client/use-cohort-action";
import { RATING_VALUES } from "@/lib/shared/process/factors";
import {
  PARTNER_KINDS,
  PARTNER_NAME_MAX,
  PARTNER_NOTE_MAX,
  type PartnerKind,
  type PartnerView,
} from "@/lib/shared/process/partner-schemas";

interface PartnerFormProps {
  apiBase: string;
  /** The partner being edited; absent: a new one. */
  partner?: PartnerView;
  onDone?: () => void;
}

const blank = { name: "", kind: "teacher" as PartnerKind, interest: 3, influence: 3, tookPart: false, note: "" };

export function PartnerForm({ apiBase, partner, onDone }: PartnerFormProps) {
  const t = useTranslations("partners");
  const id = useId();
  const { run, isPending, error } = useCohortAction();
  const [draft, setDraft] = useState(partner ? { ...partner, note: partner.note ?? "" } : blank);
  const set = (changes: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...changes }));

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = { name: draft.name, kind: draft.kind, interest: draft.interest, influence: draft.influence, tookPart: draft.tookPart, note: draft.note };
    const saved = partner
      ? await run("PATCH", `${apiBase}/partners/${encodeURIComponent(partner.id)}`, body)
      : await run("POST", `${apiBase}/partners`, body);
    if (!saved) return;
    if (!partner) setDraft(blank);
    onDone?.();
  };

  const scoreSelect = (field: "interest" | "influence") => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{t(field)}</label>
      <select id={`${id}-${field}`} value={draft[field]} onChange={(event) => set({ [field]: Number(event.target.value) })}>
        {RATING_VALUES.map((value) => (
          <option key={value} value={value}>{value}</option>
        ))}
      </select>
    </div>
  );

  return (
    <form className="panel partner-form" onSubmit={handleSubmit} data-testid={partner ? "edit-partner-form" : "add-partner-form"}>
      <h2 className="panel__title">{partner ? t("editLabel", { name: partner.name }) : t("addTitle")}</h2>
      <div className="field-row">
        <div className="field field--grow">
          <label htmlFor={`${id}-name`}>{t("name")}</label>
          <input id={`${id}-name`} value={draft.name} onChange={(event) => set({ name: event.target.value })} maxLength={PARTNER_NAME_MAX} required />
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t("kind")}</label>
          <select id={`${id}-kind`} value={draft.kind} onChange={(event) => set({ kind: event.target.value as PartnerKind })}>
            {PARTNER_KINDS.map((kind) => (
              <option key={kind} value={kind}>{t(`kinds.${kind}`)}</option>
            ))}
          </select>
        </div>
        {scoreSelect("interest")}
        {scoreSelect("influence")}
      </div>
      <div className="field-row">
        <div className="field field--grow">
          <label htmlFor={`${id}-note`}>{t("note")}</label>
          <input id={`${id}-note`} value={draft.note} onChange={(event) => set({ note: event.target.value })} maxLength={PARTNER_NOTE_MAX} />
        </div>
        <label className="choice__option partner-form__took-part">
          <input type="checkbox" checked={draft.tookPart} onChange={(event) => set({ tookPart: event.target.checked })} />
          {t("tookPart")}
        </label>
      </div>
      <ActionError error={error} />
      <FormButtons
        submitLabel={partner ? t("save") : t("add")}
        cancelLabel={t("cancel")}
        canSubmit={!isPending && !!draft.name.trim()}
        onCancel={partner ? () => onDone?.() : undefined}
      />
    </form>
  );
}
