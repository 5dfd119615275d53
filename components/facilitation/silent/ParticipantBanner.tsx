"use client";
/** What a participant sees while the room is silent: that their notes are private, and how many. */
import { useTranslations } from "next-intl";
import styles from "./silent.module.css";

export function ParticipantBanner({ privateCount, pending }: { privateCount: number; pending: boolean }) {
  const t = useTranslations("silent");
  return (
    <div className={styles.banner} role="status" aria-label={t("region")} data-testid="silent-banner">
      <span>{pending ? t("pending") : t("banner")}</span>
      <span className={styles.count}>
        {t("privateCount")}:
        <span className={styles.countValue} data-testid="private-count">
          {privateCount}
        </span>
      </span>
    </div>
  );
}
