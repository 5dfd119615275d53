"use client";
import { useTranslations } from "next-intl";
import type { Feedback } from "@/lib/client/comments/use-feedback";
import styles from "./comments.module.css";

/** The header's "Feedback" toggle, with the room's number of open (unresolved) threads. */
export function FeedbackButton({ feedback }: { feedback: Feedback }) {
  const t = useTranslations("comments");
  const count = feedback.unresolvedCount;
  return (
    <button
      type="button"
      className={styles.toggle}
      aria-pressed={feedback.open}
      aria-label={t("toggleLabel", { count })}
      data-testid="feedback-toggle"
      onClick={feedback.toggle}
    >
      <span>{t("toggle")}</span>
      <span
        className={count > 0 ? styles.badge : `${styles.badge} ${styles.badgeZero}`}
        data-testid="feedback-unresolved"
        aria-hidden="true"
      >
        {count}
      </span>
    </button>
  );
}
