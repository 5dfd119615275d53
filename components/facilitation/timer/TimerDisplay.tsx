"use client";
/**
 * The shared countdown as everyone sees it: mm:ss, a progress ring, a flash at zero and (when the
 * facilitator turned sound on) a beep. Screen readers hear only whole-minute changes.
 */
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { formatRemaining, minutesLeft } from "@/lib/client/facilitation/timer-math";
import { useTimer } from "@/lib/client/facilitation/use-timer";
import type { ServerClock } from "@/lib/client/facilitation/use-server-clock";
import type { TimerState } from "@/lib/shared/facilitation/room-state";
import { playBeep } from "./timer-beep";
import styles from "./timer.module.css";

const RING_RADIUS = 15;
const RING_LENGTH = 2 * Math.PI * RING_RADIUS;

export function TimerDisplay({ timer, clock }: { timer: TimerState | null; clock: ServerClock }) {
  const t = useTranslations("liveSession");
  const view = useTimer(timer, clock.now);
  const wasCounting = useRef(false);

  // Beep only when this page saw the countdown reach zero, not when it joined after the end.
  useEffect(() => {
    if (view.finished && wasCounting.current && timer?.sound) playBeep();
    wasCounting.current = view.running;
  }, [view.finished, view.running, timer?.sound]);

  const fraction = timer && timer.durationMs > 0 ? view.remainingMs / timer.durationMs : 0;
  const minutes = minutesLeft(view.remainingMs);
  return (
    <div className={`${styles.timer} ${view.finished ? styles.finished : ""}`}>
      <svg className={styles.ring} viewBox="0 0 36 36" role="img" aria-label={t("progress")}>
        <circle className={styles.ringTrack} cx="18" cy="18" r={RING_RADIUS} />
        <circle
          className={styles.ringValue}
          cx="18"
          cy="18"
          r={RING_RADIUS}
          strokeDasharray={RING_LENGTH}
          strokeDashoffset={RING_LENGTH * (1 - Math.min(1, Math.max(0, fraction)))}
        />
      </svg>
      <span
        role="timer"
        aria-live="off"
        aria-label={t("timer")}
        className={styles.digits}
        data-testid="timer-display"
        data-remaining-ms={Math.round(view.remainingMs)}
        data-running={view.running}
        data-finished={view.finished}
        data-clock-synced={clock.synced}
      >
        {formatRemaining(view.remainingMs)}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {timer && timer.durationMs > 0 ? (view.finished ? t("timeUp") : t("minutesLeft", { count: minutes })) : ""}
      </span>
    </div>
  );
}
