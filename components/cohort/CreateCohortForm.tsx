"use client";
/** A new cohort: name, organisation, dates, and whether to start from the course programme. */
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { COHORT_NAME_MAX } from "@/lib/shared/cohort-schemas";
import { useCohortAction } from "@/lib/client/use-cohort-action";
import { TextField } from "@/components/form/TextField";
import { ActionError } from "./ActionError";

export function CreateCohortForm() {
  const t = useTranslations("trainerHome");
  const router = useRouter();
  const id = useId();
  const { run, isPending, error } = useCohortAction();
  const [fromProgramme, setFromProgramme] = useState(true);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => String(form.get(key) ?? "").trim();
    const created = await run<{ cohortId: string }>("POST", "/api/cohorts", {
      name: text("name"),
      organisation: text("organisation"),
      startsOn: text("startsOn"),
      endsOn: text("endsOn"),
      fromProgramme,
    });
    if (created?.cohortId) router.push(`/cohorts/${encodeURIComponent(created.cohortId)}`);
  };

  return (
    <form className="panel form-grid" onSubmit={handleSubmit} data-testid="create-cohort-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel__title">{t("createTitle")}</h2>
      <TextField label={t("name")} name="name" required maxLength={COHORT_NAME_MAX} placeholder={t("namePlaceholder")} />
      <TextField label={t("organisation")} name="organisation" maxLength={COHORT_NAME_MAX} />
      <div className="field-row">
        <TextField label={t("startsOn")} name="startsOn" type="date" />
        <TextField label={t("endsOn")} name="endsOn" type="date" />
      </div>
      <fieldset className="choice">
        <legend>{t("template")}</legend>
        <label className="choice__option">
          <input type="radio" name="template" value="programme" checked={fromProgramme} onChange={() => setFromProgramme(true)} />
          <span>
            <strong>{t("fromProgramme")}</strong>
            <span className="field__hint">{t("fromProgrammeHint")}</span>
          </span>
        </label>
        <label className="choice__option">
          <input type="radio" name="template" value="empty" checked={!fromProgramme} onChange={() => setFromProgramme(false)} />
          <span>
            <strong>{t("empty")}</strong>
            <span className="field__hint">{t("emptyHint")}</span>
          </span>
        </label>
      </fieldset>
      <ActionError error={error} />
      <button type="submit" className="button button--primary" disabled={isPending}>
        {isPending ? t("creating") : t("create")}
      </button>
    </form>
  );
}
