"use client";
/** The cohort's name, organisation and dates, shown as a heading with an "edit details" disclosure. */
import { useTranslations } from "next-intl";
import { useRef, type FormEvent } from "react";
import { COHORT_NAME_MAX } from "@/lib/shared/cohort-schemas";
import { useCohortAction } from "@/lib/client/use-cohort-action";
import { TextField } from "@/components/form/TextField";
import { ActionError } from "./ActionError";
import type { CohortDetailsView } from "./types";

export function CohortDetailsForm({ cohort }: { cohort: CohortDetailsView }) {
  const t = useTranslations("trainerHome");
  const tc = useTranslations("cohort");
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
          <TextField fieldClassName="field field--grow" label={t("name")} name="name" defaultValue={cohort.name} required maxLength={COHORT_NAME_MAX} />
          <TextField fieldClassName="field field--grow" label={t("organisation")} name="organisation" defaultValue={cohort.organisation ?? ""} maxLength={COHORT_NAME_MAX} />
        </div>
        <div className="field-row">
          <TextField label={t("startsOn")} name="startsOn" type="date" defaultValue={cohort.startsOn ?? ""} />
          <TextField label={t("endsOn")} name="endsOn" type="date" defaultValue={cohort.endsOn ?? ""} />
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
