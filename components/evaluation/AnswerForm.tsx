"use client";
/**
 * A participant's answers to a session's questionnaire, on one page with one submit. Answering
 * again replaces the earlier answers (they are filled in here) until the trainer closes it.
 */
import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { FormError } from "@/components/form/FormError";
import { toLocale } from "@/i18n/locales";
import { ApiRequestError, requestJson } from "@/lib/client/api-request";
import { questionText } from "@/lib/shared/evaluation/default-questions";
import { ANSWER_TEXT_MAX, type MyAnswerView, type QuestionView } from "@/lib/shared/evaluation/evaluation-schemas";
import { RatingField } from "./RatingField";
import styles from "./evaluation.module.css";

const KNOWN_ERRORS = ["questionnaire_not_open", "invalid_answer", "invalid_input", "unauthenticated", "forbidden", "network"];

interface AnswerFormProps {
  apiPath: string;
  questions: QuestionView[];
  myAnswers: MyAnswerView[];
}

export function AnswerForm({ apiPath, questions, myAnswers }: AnswerFormProps) {
  const t = useTranslations("evaluation");
  const locale = toLocale(useLocale());
  const id = useId();
  const earlier = new Map(myAnswers.map((answer) => [answer.questionId, answer]));
  const [ratings, setRatings] = useState<Record<string, number | null>>(() =>
    Object.fromEntries(questions.map((question) => [question.id, earlier.get(question.id)?.rating ?? null])),
  );
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(questions.map((question) => [question.id, earlier.get(question.id)?.text ?? ""])),
  );
  const [hasAnswered, setAnswered] = useState(myAnswers.length > 0);
  const [isSaved, setSaved] = useState(false);
  const [isSending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSending(true);
    setError(null);
    setSaved(false);
    const answers = questions.map((question) =>
      question.kind === "rating"
        ? { questionId: question.id, rating: ratings[question.id] ?? undefined }
        : { questionId: question.id, text: texts[question.id]?.trim() || undefined },
    );
    try {
      await requestJson(`${apiPath}/response`, "PUT", { answers });
      setSaved(true);
      setAnswered(true);
    } catch (caught) {
      const code = caught instanceof ApiRequestError ? caught.code : "generic";
      setError(KNOWN_ERRORS.includes(code) ? code : "generic");
    } finally {
      setSending(false);
    }
  };

  return (
    <form className={styles.answerForm} onSubmit={handleSubmit} aria-describedby={error ? `${id}-error` : undefined} data-testid="evaluation-answer-form">
      {questions.map((question) => {
        const text = questionText(question, locale);
        if (question.kind === "rating") {
          return (
            <RatingField
              key={question.id}
              name={`${id}-${question.id}`}
              question={text}
              value={ratings[question.id] ?? null}
              onChange={(value) => setRatings((current) => ({ ...current, [question.id]: value }))}
            />
          );
        }
        return (
          <div key={question.id} className={styles.answerQuestion}>
            <label className={styles.openLabel} htmlFor={`${id}-${question.id}`}>
              {text} <span className={styles.optional}>({t("answer.optional")})</span>
            </label>
            <textarea
              id={`${id}-${question.id}`}
              className={styles.answerText}
              value={texts[question.id] ?? ""}
              maxLength={ANSWER_TEXT_MAX}
              onChange={(event) => setTexts((current) => ({ ...current, [question.id]: event.target.value }))}
            />
          </div>
        );
      })}
      <FormError id={`${id}-error`}>{error && t(`errors.${error}`)}</FormError>
      {isSaved && (
        <p className="notice" role="status" data-testid="evaluation-thanks">{t("answer.thanks")}</p>
      )}
      <button type="submit" className={`button button--primary ${styles.submit}`} disabled={isSending} data-testid="evaluation-submit">
        {hasAnswered ? t("answer.update") : t("answer.submit")}
      </button>
    </form>
  );
}
