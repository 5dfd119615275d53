"use client";
/** The facilitator's timer buttons: start (minutes), pause/resume, +1 minute, reset, sound. */
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type * as Y from "yjs";
import { writeRoomValues } from "@/lib/client/facilitation/room-writes";
import {
  addMinute,
  isRunning,
  pauseTimer,
  remainingAt,
  resetTimer,
  resumeTimer,
  startTimer,
} from "@/lib/client/facilitation/timer-math";
import type { ServerClock } from "@/lib/client/facilitation/use-server-clock";
import type { TimerState } from "@/lib/shared/facilitation/room-state";
import styles from "./timer.module.css";

const EMPTY_TIMER: TimerState = { durationMs: 0, endsAt: null, remainingMs: 0, sound: true };

export function TimerControls({ doc, timer, clock }: { doc: Y.Doc; timer: TimerState | null; clock: ServerClock }) {
  const t = useTranslations("liveSession.controls");
  const minutesId = useId();
  const [minutes, setMinutes] = useState("5");
  const current = timer ?? EMPTY_TIMER;
  const running = isRunning(current) && remainingAt(current, clock.now()) > 0;
  const write = (next: TimerState) => writeRoomValues(doc, { timer: next });

  const handleStart = () => {
    const parsed = Number(minutes.replace(",", "."));
    if (!Number.isFinite(parsed) || parsed <= 0 || parsed > 240) return;
    write(startTimer(parsed, clock.now(), current.sound));
  };

  return (
    <div className={styles.controls}>
      <label htmlFor={minutesId} className="visually-hidden">{t("minutes")}</label>
      <input
        id={minutesId}
        className={styles.minutes}
        data-testid="timer-minutes"
        type="number"
        inputMode="decimal"
        min={1}
        max={240}
        value={minutes}
        onChange={(event) => setMinutes(event.target.value)}
        onKeyDown={(event) => event.key === "Enter" && handleStart()}
      />
      <button type="button" className={`${styles.button} ${styles.primary}`} data-testid="timer-start" onClick={handleStart}>
        {t("start")}
      </button>
      <button
        type="button"
        className={styles.button}
        data-testid="timer-pause"
        disabled={!running && current.remainingMs === 0}
        onClick={() => write(running ? pauseTimer(current, clock.now()) : resumeTimer(current, clock.now()))}
      >
        {running ? t("pause") : t("resume")}
      </button>
      <button
        type="button"
        className={styles.button}
        data-testid="timer-add-minute"
        aria-label={t("addMinuteLabel")}
        onClick={() => write(addMinute(current, clock.now()))}
      >
        {t("addMinute")}
      </button>
      <button type="button" className={styles.button} data-testid="timer-reset" onClick={() => write(resetTimer(current))}>
        {t("reset")}
      </button>
      <label className={styles.check}>
        <input
          type="checkbox"
          data-testid="timer-sound"
          checked={current.sound}
          onChange={(event) => write({ ...current, sound: event.target.checked })}
        />
        {t("sound")}
      </label>
    </div>
  );
}
