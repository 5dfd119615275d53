"use client";
/** Shows a fresh one-time password link to hand over, with a copy button and its expiry. */
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { ResetLinkSummary } from "@/lib/shared/account-schema";
import styles from "./admin.module.css";

export function ResetLinkNotice({ trainerName, link }: { trainerName: string; link: ResetLinkSummary }) {
  const t = useTranslations("admin");
  const format = useFormatter();
  const id = useId();
  const [isCopied, setCopied] = useState(false);

  const handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied(true);
    } catch {
      // Clipboard refused (http, permissions): the field is selectable by hand.
      document.getElementById(`${id}-url`)?.focus();
    }
  };

  const expiresAt = format.dateTime(new Date(link.expiresAt), { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className={styles.notice} role="status" data-testid="reset-link">
      <p>
        <strong>{t("linkFor", { name: trainerName })}</strong>
      </p>
      <label htmlFor={`${id}-url`} className="visually-hidden">
        {t("linkLabel")}
      </label>
      <div className={styles.linkRow}>
        <input id={`${id}-url`} readOnly value={link.url} onFocus={(event) => event.target.select()} />
        <button type="button" className={`button ${styles.secondary}`} onClick={handleCopy}>
          {isCopied ? t("copied") : t("copy")}
        </button>
      </div>
      <p>{t("linkExpires", { expiresAt })}</p>
      <p>{link.mailed ? t("mailed") : t("notMailed")}</p>
    </div>
  );
}
