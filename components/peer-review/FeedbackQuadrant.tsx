"use client";
/** One quadrant of the feedback grid: its items, and for the visiting group a field to add one. */
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import {
  FEEDBACK_TEXT_MAX,
  type FeedbackKind,
  type PeerFeedbackView,
} from "@/lib/shared/peer-review/peer-review-schemas";

interface FeedbackQuadrantProps {
  kind: FeedbackKind;
  items: PeerFeedbackView[];
  canAdd: boolean;
  isPending: boolean;
  /** Resolves to whether the server stored it. */
  onAdd(text: string): Promise<boolean>;
  onDelete(feedbackId: string): void;
}

export function FeedbackQuadrant({ kind, items, canAdd, isPending, onAdd, onDelete }: FeedbackQuadrantProps) {
  const t = useTranslations("peerReview");
  const id = useId();
  const [text, setText] = useState("");
  const title = t(`kinds.${kind}`);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (text.trim() && (await onAdd(text.trim()))) setText("");
  };

  return (
    <section className={`feedback-quadrant feedback-quadrant--${kind}`} aria-labelledby={`${id}-title`} data-testid={`feedback-quadrant-${kind}`}>
      <h3 id={`${id}-title`} className="feedback-quadrant__title">{title}</h3>
      <p className="feedback-quadrant__hint">{t(`hints.${kind}`)}</p>
      {items.length === 0 ? (
        <p className="empty-note">{t("empty")}</p>
      ) : (
        <ul className="feedback-quadrant__items">
          {items.map((item) => (
            <li key={item.id} className="feedback-item" data-testid="feedback-item">
              <span className="feedback-item__text">{item.text}</span>
              <span className="feedback-item__author">{t("by", { name: item.authorName })}</span>
              {item.canDelete && (
                <button
                  type="button"
                  className="button button--small button--danger-quiet"
                  disabled={isPending}
                  aria-label={t("deleteLabel", { text: item.text })}
                  onClick={() => onDelete(item.id)}
                >
                  {t("delete")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canAdd && (
        <form className="feedback-quadrant__form" onSubmit={handleSubmit}>
          <label htmlFor={`${id}-text`} className="visually-hidden">
            {t("addLabel", { kind: title })}
          </label>
          <textarea
            id={`${id}-text`}
            rows={2}
            value={text}
            maxLength={FEEDBACK_TEXT_MAX}
            placeholder={t(`hints.${kind}`)}
            onChange={(event) => setText(event.target.value)}
            data-testid={`feedback-input-${kind}`}
          />
          <button type="submit" className="button button--small button--primary" disabled={isPending || !text.trim()} data-testid={`feedback-add-${kind}`}>
            {t("add")}
          </button>
        </form>
      )}
    </section>
  );
}
