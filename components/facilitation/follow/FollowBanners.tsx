"use client";
/** Over the canvas: "You are following X — Stop", and "X brought you here" after a summon. */
import { useTranslations } from "next-intl";
import styles from "./follow.module.css";

export function FollowingBar({ name, onStop }: { name: string; onStop(): void }) {
  const t = useTranslations("follow");
  return (
    <div className={styles.banner} role="status" data-testid="following-bar">
      <span>{t("following", { name })}</span>
      <button
        type="button"
        className={styles.bannerButton}
        data-testid="stop-following"
        aria-label={t("stopFollowingLabel", { name })}
        onClick={onStop}
      >
        {t("stopFollowing")}
      </button>
    </div>
  );
}

export function SummonNotice({ name, onDismiss }: { name: string | null; onDismiss(): void }) {
  const t = useTranslations("follow");
  return (
    <div className={`${styles.banner} ${styles.notice}`} role="status" data-testid="summon-notice">
      <span>{t("summonedBy", { name: name ?? t("someone") })}</span>
      <button type="button" className={styles.bannerButton} aria-label={t("dismiss")} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}

export interface FollowBannersProps {
  /** Name of the person followed, or null when following no one. */
  following: string | null;
  onStopFollowing(): void;
  /** Undefined: no notice; null: a summon by someone whose name is not known here. */
  summonedBy: string | null | undefined;
  onDismissSummon(): void;
}

export function FollowBanners(props: FollowBannersProps) {
  if (props.following === null && props.summonedBy === undefined) return null;
  return (
    <div className={styles.banners}>
      {props.following !== null && <FollowingBar name={props.following} onStop={props.onStopFollowing} />}
      {props.summonedBy !== undefined && <SummonNotice name={props.summonedBy} onDismiss={props.onDismissSummon} />}
    </div>
  );
}
