"use client";
/** The facilitator's side-panel section while the room is silent: who is writing, and the reveal. */
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import styles from "./silent.module.css";

export interface RevealPanelProps {
  /** Other people in the room (they write in silence; the facilitator's own notes are shared). */
  participantCount: number;
  onReveal(anonymous: boolean): void;
}

export function RevealPanel({ participantCount, onReveal }: RevealPanelProps) {
  const t = useTranslations("silent");
  const headingId = useId();
  const [anonymous, setAnonymous] = useState(false);
  return (
    <section className={styles.panel} aria-labelledby={headingId} data-testid="silent-panel">
      <h2 id={headingId} className={styles.heading}>
        {t("facilitatorTitle")}
      </h2>
      <p className={styles.muted} data-testid="silent-participants">
        {t("participantsSilent", { count: participantCount })}
      </p>
      <p className={styles.muted}>{t("facilitatorOwnNotes")}</p>
      <label className={styles.check}>
        <input
          type="checkbox"
          data-testid="reveal-anonymous"
          checked={anonymous}
          onChange={(event) => setAnonymous(event.target.checked)}
        />
        {t("anonymous")}
      </label>
      <button
        type="button"
        className={styles.reveal}
        data-testid="reveal-notes"
        aria-label={t("revealLabel")}
        onClick={() => onReveal(anonymous)}
      >
        {t("reveal")}
      </button>
    </section>
  );
}
