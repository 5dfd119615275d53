"use client";
/** A new cohort: name, organisation, dates, and whether to start from the course programme. */
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { COHORT_NAME_MAX } from "@/lib/shared/cohort-schemas";
import { useCohortAction } from "@/lib/client/use-cohort-action";
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
      <div className="field">
        <label htmlFor={`${id}-name`}>{t("name")}</label>
        <input id={`${id}-name`} name="name" required maxLength={COHORT_NAME_MAX} placeholder={t("namePlaceholder")} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-org`}>{t("organisation")}</label>
        <input id={`${id}-org`} name="organisation" maxLength={COHORT_NAME_MAX} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-start`}>{t("startsOn")}</label>
          <input id={`${id}-start`} name="startsOn" type="date" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-end`}>{t("endsOn")}</label>
          <input id={`${id}-end`} name="endsOn" type="date" />
        </div>
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
