"use client";
/** One editable agenda step: start it, or change its title, stage, minutes and mode, move or remove it. */
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { RoomMode, type AgendaStep } from "@/lib/shared/facilitation/room-state";
import { STAGES, isStageId } from "@/lib/shared/stages";
import styles from "./agenda.module.css";

export interface AgendaStepRowProps {
  index: number;
  count: number;
  step: AgendaStep;
  isCurrent: boolean;
  onStart(): void;
  onChange(step: AgendaStep): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
}

export function AgendaStepRow({ index, count, step, isCurrent, ...actions }: AgendaStepRowProps) {
  const t = useTranslations("liveSession");
  const locale = useLocale() === "en" ? "en" : "nl";
  const number = index + 1;
  // The title is a local draft while typing, committed on blur/Enter: an empty title is no step.
  const [draft, setDraft] = useState<string | null>(null);
  const commitTitle = () => {
    const trimmed = (draft ?? "").trim().slice(0, 120);
    if (draft !== null && trimmed && trimmed !== step.title) actions.onChange({ ...step, title: trimmed });
    setDraft(null);
  };

  return (
    <li className={`${styles.step} ${isCurrent ? styles.current : ""}`} data-testid={`agenda-step-${index}`} aria-current={isCurrent ? "step" : undefined}>
      <div className={styles.stepHead}>
        <button
          type="button"
          className={styles.start}
          data-testid={`agenda-start-${index}`}
          aria-label={t("agenda.startLabel", { number, title: step.title })}
          onClick={actions.onStart}
        >
          ▶ {number}
        </button>
        <input
          className={styles.title}
          aria-label={t("agenda.stepTitle", { number })}
          value={draft ?? step.title}
          maxLength={120}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commitTitle}
          onKeyDown={(event) => event.key === "Enter" && commitTitle()}
        />
        {isCurrent && <span className={styles.badge}>{t("agenda.current")}</span>}
      </div>
      <div className={styles.stepFields}>
        <select
          aria-label={`${t("agenda.stage")} ${number}`}
          value={step.stage}
          onChange={(event) => isStageId(event.target.value) && actions.onChange({ ...step, stage: event.target.value })}
        >
          {STAGES.map((stage) => <option key={stage.id} value={stage.id}>{stage[locale]}</option>)}
        </select>
        <input
          type="number"
          className={styles.minutes}
          aria-label={`${t("agenda.minutes")} ${number}`}
          min={0}
          max={240}
          value={step.minutes}
          onChange={(event) => {
            const minutes = Number(event.target.value);
            if (Number.isFinite(minutes) && minutes >= 0 && minutes <= 240) actions.onChange({ ...step, minutes });
          }}
        />
        <select
          aria-label={`${t("agenda.mode")} ${number}`}
          value={step.mode}
          onChange={(event) => {
            const mode = RoomMode.safeParse(event.target.value);
            if (mode.success) actions.onChange({ ...step, mode: mode.data });
          }}
        >
          {RoomMode.options.map((mode) => <option key={mode} value={mode}>{t(`mode.${mode}`)}</option>)}
        </select>
        <span className={styles.rowButtons}>
          <button type="button" aria-label={t("agenda.moveUp", { number })} disabled={index === 0} onClick={() => actions.onMove(-1)}>↑</button>
          <button type="button" aria-label={t("agenda.moveDown", { number })} disabled={index === count - 1} onClick={() => actions.onMove(1)}>↓</button>
          <button type="button" aria-label={t("agenda.remove", { number })} onClick={actions.onRemove}>✕</button>
        </span>
      </div>
    </li>
  );
}
