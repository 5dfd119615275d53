"use client";
/** Title, owner, partners, due day and status of an action: adds one, or edits one in place. */
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { FormButtons } from "@/components/form/FormButtons";
import type { ActionFields } from "@/lib/client/actions/action-api";
import { ACTION_TEXT_MAX, ACTION_TITLE_MAX, type ActionStatus } from "@/lib/shared/actions";
import { StatusOptions } from "./StatusOptions";

const EMPTY: ActionFields = { title: "", ownerName: "", partners: "", dueOn: "", status: "open" };

interface ActionFormProps {
  initial?: ActionFields;
  submitLabel: string;
  onSubmit(fields: ActionFields): Promise<boolean>;
  onCancel?(): void;
}

export function ActionForm({ initial, submitLabel, onSubmit, onCancel }: ActionFormProps) {
  const t = useTranslations("actions");
  const id = useId();
  const [fields, setFields] = useState<ActionFields>(initial ?? EMPTY);
  const [isPending, setPending] = useState(false);
  const set = (name: keyof ActionFields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    const saved = await onSubmit({ ...fields, title: fields.title.trim() });
    setPending(false);
    if (saved && !initial) setFields(EMPTY);
  };

  return (
    <form className="inline-form action-form" onSubmit={handleSubmit} data-testid="action-form">
      <div className="field field--grow">
        <label htmlFor={`${id}-title`}>{t("columns.title")}</label>
        <input id={`${id}-title`} value={fields.title} onChange={set("title")} required maxLength={ACTION_TITLE_MAX} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-owner`}>{t("columns.owner")}</label>
        <input id={`${id}-owner`} value={fields.ownerName} onChange={set("ownerName")} maxLength={ACTION_TEXT_MAX} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-partners`}>{t("columns.partners")}</label>
        <input id={`${id}-partners`} value={fields.partners} onChange={set("partners")} maxLength={ACTION_TEXT_MAX} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-due`}>{t("columns.dueOn")}</label>
        <input id={`${id}-due`} type="date" value={fields.dueOn} onChange={set("dueOn")} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t("columns.status")}</label>
        <select
          id={`${id}-status`}
          value={fields.status}
          onChange={(event) => setFields((current) => ({ ...current, status: event.target.value as ActionStatus }))}
        >
          <StatusOptions />
        </select>
      </div>
      <FormButtons
        submitLabel={submitLabel}
        cancelLabel={t("cancel")}
        canSubmit={!isPending && !!fields.title.trim()}
        onCancel={onCancel}
      />
    </form>
  );
}
