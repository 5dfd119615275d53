"use client";
/** The questionnaire's questions in order, each with move up/down and remove. */
import { useLocale, useTranslations } from "next-intl";
import { toLocale } from "@/i18n/locales";
import { defaultQuestion } from "@/lib/shared/evaluation/default-questions";
import type { QuestionDraft } from "@/lib/shared/evaluation/evaluation-schemas";
import styles from "./evaluation.module.css";

/** A draft's text and kind in the reader's language. */
export function describeDraft(draft: QuestionDraft, locale: string) {
  if (draft.source === "own") return { text: draft.text, kind: draft.kind };
  const preset = defaultQuestion(draft.defaultKey)!;
  return { text: preset.text[toLocale(locale)], kind: preset.kind };
}

interface QuestionDraftListProps {
  drafts: QuestionDraft[];
  /** Null when the questions are fixed (the questionnaire has been opened). */
  onChange: ((drafts: QuestionDraft[]) => void) | null;
}

export function QuestionDraftList({ drafts, onChange }: QuestionDraftListProps) {
  const t = useTranslations("evaluation");
  const locale = useLocale();
  if (drafts.length === 0) return <p className="empty-note">{t("editor.noQuestions")}</p>;
  const move = (from: number, to: number) => {
    const next = [...drafts];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    onChange?.(next);
  };
  return (
    <ol className={styles.questionList} aria-label={t("editor.questions")} data-testid="evaluation-questions">
      {drafts.map((draft, index) => {
        const { text, kind } = describeDraft(draft, locale);
        return (
          <li key={draft.source === "own" ? `own-${index}-${text}` : draft.defaultKey} className={styles.questionItem}>
            <span className={styles.questionText}>{text}</span>
            <span className={styles.kind}>{t(`kinds.${kind}`)}</span>
            {onChange && (
              <span className={styles.controls}>
                <button type="button" className="icon-button" onClick={() => move(index, index - 1)} disabled={index === 0} aria-label={t("editor.moveUp", { question: text })}>↑</button>
                <button type="button" className="icon-button" onClick={() => move(index, index + 1)} disabled={index === drafts.length - 1} aria-label={t("editor.moveDown", { question: text })}>↓</button>
                <button type="button" className="icon-button" onClick={() => onChange(drafts.filter((_, other) => other !== index))} aria-label={t("editor.remove", { question: text })}>✕</button>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
