"use client";
/** The cohort's trainers; any of them adds a co-trainer by email, the owner (or an admin) removes one. */
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { useCohortAction } from "@/lib/client/use-cohort-action";
import { ActionError } from "./ActionError";
import type { TrainerView } from "./types";

interface CoTrainerListProps {
  cohortId: string;
  trainers: TrainerView[];
  canRemove: boolean;
}

export function CoTrainerList({ cohortId, trainers, canRemove }: CoTrainerListProps) {
  const t = useTranslations("coTrainers");
  const id = useId();
  const { run, isPending, error } = useCohortAction();
  const [email, setEmail] = useState("");
  const base = `/api/cohorts/${encodeURIComponent(cohortId)}/trainers`;

  const handleAdd = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await run("POST", base, { email: email.trim() })) setEmail("");
  };

  const handleRemove = (trainer: TrainerView) => {
    if (window.confirm(t("confirmRemove", { name: trainer.name }))) {
      void run("DELETE", `${base}/${encodeURIComponent(trainer.userId)}`);
    }
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel__title">{t("heading")}</h2>
      <ul className="trainer-list">
        {trainers.map((trainer) => (
          <li key={trainer.userId} className="trainer-list__item" data-testid={`trainer-${trainer.userId}`}>
            <span>
              <span className="participant__name">{trainer.name}</span>
              {trainer.email && <span className="card__meta"> {trainer.email}</span>}
            </span>
            <span className="badge">{t(`roles.${trainer.role}`)}</span>
            {canRemove && trainer.role === "co" && (
              <button type="button" className="button button--danger-quiet button--small" onClick={() => handleRemove(trainer)} disabled={isPending} aria-label={t("removeLabel", { name: trainer.name })}>
                {t("remove")}
              </button>
            )}
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={handleAdd}>
        <div className="field field--grow">
          <label htmlFor={`${id}-email`}>{t("email")}</label>
          <input id={`${id}-email`} type="email" value={email} onChange={(e) => setEmail(e.target.value)} required autoComplete="off" />
          <p className="field__hint">{t("emailHint")}</p>
        </div>
        <div className="inline-form__actions">
          <button type="submit" className="button button--secondary" disabled={isPending || !email.trim()}>{t("add")}</button>
        </div>
      </form>
      <ActionError error={error} />
    </section>
  );
}
