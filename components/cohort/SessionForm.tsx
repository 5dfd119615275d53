"use client";
/** Title, kind and start of a course session; used to add one and to edit one. */
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { FormButtons } from "@/components/form/FormButtons";
import { SESSION_TITLE_MAX } from "@/lib/shared/cohort-schemas";
import { isoToLocalInput, localInputToIso } from "@/lib/client/local-date-time";
import type { SessionKind } from "./types";

export interface SessionFormValues {
  title: string;
  kind: SessionKind;
  startsAt: string | null;
}

interface SessionFormProps {
  initial?: SessionFormValues;
  submitLabel: string;
  isPending: boolean;
  onSubmit: (values: SessionFormValues) => Promise<boolean>;
  onCancel?: () => void;
}

export function SessionForm({ initial, submitLabel, isPending, onSubmit, onCancel }: SessionFormProps) {
  const t = useTranslations("session");
  const id = useId();
  const [title, setTitle] = useState(initial?.title ?? "");
  const [kind, setKind] = useState<SessionKind>(initial?.kind ?? "session");
  const [startsAt, setStartsAt] = useState(() => isoToLocalInput(initial?.startsAt ?? null));

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const saved = await onSubmit({ title: title.trim(), kind, startsAt: localInputToIso(startsAt) });
    if (saved && !initial) {
      setTitle("");
      setStartsAt("");
    }
  };

  return (
    <form className="inline-form" onSubmit={handleSubmit}>
      <div className="field field--grow">
        <label htmlFor={`${id}-title`}>{t("title")}</label>
        <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={SESSION_TITLE_MAX} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t("kind")}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value === "work" ? "work" : "session")}>
          <option value="session">{t("kinds.session")}</option>
          <option value="work">{t("kinds.work")}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-start`}>{t("startsAt")}</label>
        <input id={`${id}-start`} type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} />
      </div>
      <FormButtons
        submitLabel={submitLabel}
        cancelLabel={t("cancel")}
        canSubmit={!isPending && !!title.trim()}
        onCancel={onCancel}
      />
    </form>
  );
}
