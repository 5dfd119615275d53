"use client";
/** Adds questions to the draft: any default question not yet in it, or the trainer's own. */
import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { toLocale } from "@/i18n/locales";
import { DEFAULT_QUESTIONS, type QuestionKind } from "@/lib/shared/evaluation/default-questions";
import { QUESTION_KINDS, QUESTION_TEXT_MAX, type QuestionDraft } from "@/lib/shared/evaluation/evaluation-schemas";
import styles from "./evaluation.module.css";

export function AddQuestion({ drafts, onAdd }: { drafts: QuestionDraft[]; onAdd: (draft: QuestionDraft) => void }) {
  const t = useTranslations("evaluation");
  const locale = toLocale(useLocale());
  const id = useId();
  const [text, setText] = useState("");
  const [kind, setKind] = useState<QuestionKind>("rating");
  const used = new Set(drafts.flatMap((draft) => (draft.source === "default" ? [draft.defaultKey] : [])));
  const available = DEFAULT_QUESTIONS.filter((question) => !used.has(question.key));

  const handleOwn = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!text.trim()) return;
    onAdd({ source: "own", kind, text: text.trim() });
    setText("");
  };

  return (
    <>
      {available.length > 0 && (
        <fieldset className="choice">
          <legend>{t("editor.defaults")}</legend>
          <ul className={styles.defaults}>
            {available.map((question) => (
              <li key={question.key} className={styles.defaultItem}>
                <span>
                  {question.text[locale]} <span className={styles.kind}>({t(`kinds.${question.kind}`)})</span>
                </span>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => onAdd({ source: "default", defaultKey: question.key })}
                  aria-label={t("editor.addDefaultLabel", { question: question.text[locale] })}
                  data-testid={`add-default-${question.key}`}
                >
                  {t("editor.addDefault")}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <form className="inline-form" onSubmit={handleOwn} aria-label={t("editor.own")}>
        <div className="field field--grow">
          <label htmlFor={`${id}-text`}>{t("editor.own")}</label>
          <input id={`${id}-text`} value={text} onChange={(event) => setText(event.target.value)} maxLength={QUESTION_TEXT_MAX} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t("editor.ownKind")}</label>
          <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as QuestionKind)}>
            {QUESTION_KINDS.map((option) => (
              <option key={option} value={option}>{t(`kinds.${option}`)}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary" disabled={!text.trim()}>{t("editor.addOwn")}</button>
      </form>
    </>
  );
}
