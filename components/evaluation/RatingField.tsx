"use client";
/** A 1–5 rating as a labelled radio group with large tap targets (phone first). */
import { useTranslations } from "next-intl";
import { RATING_MAX, RATING_MIN } from "@/lib/shared/evaluation/evaluation-schemas";
import styles from "./evaluation.module.css";

const VALUES = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, index) => RATING_MIN + index);

interface RatingFieldProps {
  name: string;
  question: string;
  value: number | null;
  onChange: (value: number) => void;
}

export function RatingField({ name, question, value, onChange }: RatingFieldProps) {
  const t = useTranslations("evaluation.answer");
  const scaleId = `${name}-scale`;
  return (
    <fieldset className={styles.answerQuestion} aria-describedby={scaleId}>
      <legend>{question}</legend>
      <p id={scaleId} className={styles.scale}>{t("scale")}</p>
      <div className={styles.ratingOptions}>
        {VALUES.map((option) => (
          <label key={option} className={styles.ratingOption}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
              required
              aria-label={t("ratingOption", { value: option })}
            />
            <span aria-hidden="true">{option}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
