"use client";
/** The cohort's name, organisation and dates, shown as a heading with an "edit details" disclosure. */
import { useTranslations } from "next-intl";
import { useId, useRef, type FormEvent } from "react";
import { COHORT_NAME_MAX } from "@/lib/shared/cohort-schemas";
import { useCohortAction } from "@/lib/client/use-cohort-action";
import { ActionError } from "./ActionError";
import type { CohortDetailsView } from "./types";

export function CohortDetailsForm({ cohort }: { cohort: CohortDetailsView }) {
  const t = useTranslations("trainerHome");
  const tc = useTranslations("cohort");
  const id = useId();
  const details = useRef<HTMLDetailsElement>(null);
  const { run, isPending, error } = useCohortAction();

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => String(form.get(key) ?? "").trim();
    const saved = await run("PATCH", `/api/cohorts/${encodeURIComponent(cohort.id)}`, {
      name: text("name"),
      organisation: text("organisation"),
      startsOn: text("startsOn"),
      endsOn: text("endsOn"),
    });
    if (saved && details.current) details.current.open = false;
  };

  return (
    <details className="disclosure" ref={details}>
      <summary>{tc("edit")}</summary>
      <form className="form-grid" onSubmit={handleSubmit}>
        <div className="field-row">
          <div className="field field--grow">
            <label htmlFor={`${id}-name`}>{t("name")}</label>
            <input id={`${id}-name`} name="name" defaultValue={cohort.name} required maxLength={COHORT_NAME_MAX} />
          </div>
          <div className="field field--grow">
            <label htmlFor={`${id}-org`}>{t("organisation")}</label>
            <input id={`${id}-org`} name="organisation" defaultValue={cohort.organisation ?? ""} maxLength={COHORT_NAME_MAX} />
          </div>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-start`}>{t("startsOn")}</label>
            <input id={`${id}-start`} name="startsOn" type="date" defaultValue={cohort.startsOn ?? ""} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-end`}>{t("endsOn")}</label>
            <input id={`${id}-end`} name="endsOn" type="date" defaultValue={cohort.endsOn ?? ""} />
          </div>
        </div>
        <ActionError error={error} />
        <div>
          <button type="submit" className="button button--primary" disabled={isPending}>
            {isPending ? tc("saving") : tc("save")}
          </button>
        </div>
      </form>
    </details>
  );
}
