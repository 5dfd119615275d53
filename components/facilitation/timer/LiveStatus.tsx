"use client";
/** What everyone sees of the live session: the timer, the working mode and the current agenda step. */
import { useTranslations } from "next-intl";
import type { ServerClock } from "@/lib/client/facilitation/use-server-clock";
import type { RoomMode, TimerState } from "@/lib/shared/facilitation/room-state";
import { TimerDisplay } from "./TimerDisplay";
import styles from "./live-dock.module.css";

export interface LiveStatusProps {
  timer: TimerState | null;
  mode: RoomMode;
  stepTitle: string | null;
  clock: ServerClock;
}

export function LiveStatus({ timer, mode, stepTitle, clock }: LiveStatusProps) {
  const t = useTranslations("liveSession");
  return (
    <div className={styles.status}>
      <TimerDisplay timer={timer} clock={clock} />
      <div className={styles.meta}>
        <span
          className={`${styles.mode} ${mode === "silent" ? styles.silent : ""}`}
          data-testid="room-mode"
          data-mode={mode}
          title={t("modeLabel")}
        >
          {t(`mode.${mode}`)}
        </span>
        {stepTitle && (
          <span className={styles.step} data-testid="agenda-current-title">
            {t("currentStep", { title: stepTitle })}
          </span>
        )}
      </div>
    </div>
  );
}
