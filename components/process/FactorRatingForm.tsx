"use client";
/** The group's ratings of every factor for one session (1–5, with an optional note each). */
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ActionError } from "@/components/cohort/ActionError";
import { useCohortAction } from "@/lib/client/use-cohort-action";
import { factorLabel, PROCESS_FACTORS, RATING_VALUES, type ProcessFactor } from "@/lib/shared/process/factors";
import { FACTOR_NOTE_MAX, type FactorRound } from "@/lib/shared/process/process-schemas";

interface FactorRatingFormProps {
  apiBase: string;
  sessionId: string;
  sessionTitle: string;
  /** What the group stored for this session, if anything. */
  round: FactorRound | undefined;
}

export function FactorRatingForm({ apiBase, sessionId, sessionTitle, round }: FactorRatingFormProps) {
  const t = useTranslations("process");
  const locale = useLocale();
  const { run, isPending, error } = useCohortAction();
  const [ratings, setRatings] = useState<Partial<Record<ProcessFactor, number>>>(() =>
    Object.fromEntries(Object.entries(round?.ratings ?? {}).map(([factor, score]) => [factor, score.rating])),
  );
  const [notes, setNotes] = useState<Partial<Record<ProcessFactor, string>>>(() =>
    Object.fromEntries(Object.entries(round?.ratings ?? {}).map(([factor, score]) => [factor, score.note ?? ""])),
  );
  const [savedFor, setSavedFor] = useState<string | null>(null);
  const rated = PROCESS_FACTORS.filter((factor) => ratings[factor] !== undefined);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSavedFor(null);
    const body = {
      sessionId,
      ratings: rated.map((factor) => ({ factor, rating: ratings[factor], note: notes[factor]?.trim() || null })),
    };
    if (await run("PUT", `${apiBase}/process/ratings`, body)) setSavedFor(sessionTitle);
  };

  return (
    <form className="panel factor-form" onSubmit={handleSubmit} data-testid="factor-form">
      <div className="panel__head">
        <h2 className="panel__title">{t("ratingsTitle")}</h2>
        <p className="panel__intro">{t("scale")}</p>
      </div>
      {PROCESS_FACTORS.map((factor) => {
        const label = factorLabel(factor, locale);
        return (
          <fieldset key={factor} className="factor-field" data-testid={`factor-${factor}`}>
            <legend>{label}</legend>
            <div className="rating-scale">
              {RATING_VALUES.map((value) => (
                <label key={value} className="rating-scale__option">
                  <input
                    type="radio"
                    name={`rating-${factor}`}
                    value={value}
                    checked={ratings[factor] === value}
                    onChange={() => setRatings((current) => ({ ...current, [factor]: value }))}
                    aria-label={t("ratingOption", { factor: label, rating: value })}
                    data-testid={`rating-${factor}-${value}`}
                  />
                  <span aria-hidden="true">{value}</span>
                </label>
              ))}
            </div>
            <input
              className="factor-field__note"
              value={notes[factor] ?? ""}
              onChange={(event) => setNotes((current) => ({ ...current, [factor]: event.target.value }))}
              maxLength={FACTOR_NOTE_MAX}
              placeholder={t("note")}
              aria-label={t("noteLabel", { factor: label })}
            />
          </fieldset>
        );
      })}
      <ActionError error={error} />
      <div className="inline-form__actions">
        <button type="submit" className="button button--primary" disabled={isPending || rated.length === 0} data-testid="save-ratings">
          {t("save")}
        </button>
        <p role="status" className="card__meta" data-testid="ratings-saved">
          {savedFor && t("saved", { session: savedFor })}
        </p>
      </div>
    </form>
  );
}
