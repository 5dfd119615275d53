"use client";
/**
 * The facilitator's session plan: load a ready-made plan, edit its steps, and run a step with
 * one click (stage, timer and mode change together for everyone, in one Yjs transaction).
 */
import { useLocale, useTranslations } from "next-intl";
import type * as Y from "yjs";
import { agendaStepValues, writeRoomValues } from "@/lib/client/facilitation/room-writes";
import type { ServerClock } from "@/lib/client/facilitation/use-server-clock";
import { AGENDA_TEMPLATES, instantiateTemplate } from "@/lib/shared/facilitation/agenda-templates";
import type { AgendaState, AgendaStep } from "@/lib/shared/facilitation/room-state";
import { STAGES, type StageId } from "@/lib/shared/stages";
import { AgendaStepRow } from "./AgendaStepRow";
import styles from "./agenda.module.css";

const MAX_STEPS = 50;

export interface AgendaPanelProps {
  doc: Y.Doc;
  agenda: AgendaState | null;
  focusStage: StageId | null;
  sound: boolean;
  clock: ServerClock;
  /** Stage a new step starts on: where the facilitator is. */
  hereStage: StageId | null;
}

/** Random enough for a step id; randomUUID needs a secure context, which plain http is not. */
function makeStepId(): string {
  return `step-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function AgendaPanel({ doc, agenda, focusStage, sound, clock, hereStage }: AgendaPanelProps) {
  const t = useTranslations("liveSession.agenda");
  const locale = useLocale() === "en" ? "en" : "nl";
  const steps = agenda?.steps ?? [];
  const currentIndex = agenda?.currentIndex ?? -1;
  const writeSteps = (next: AgendaStep[], nextIndex = currentIndex) =>
    writeRoomValues(doc, { agenda: { steps: next, currentIndex: Math.min(nextIndex, next.length - 1) } });

  const handleStart = (index: number) => {
    const values = agendaStepValues({ steps, currentIndex }, index, clock.now(), { sound, focusStage });
    if (values) writeRoomValues(doc, values);
  };
  const handleMove = (index: number, delta: -1 | 1) => {
    const target = index + delta;
    const moved = steps[index];
    const other = steps[target];
    if (!moved || !other) return;
    const next = [...steps];
    next[index] = other;
    next[target] = moved;
    const followIndex = currentIndex === index ? target : currentIndex === target ? index : currentIndex;
    writeSteps(next, followIndex);
  };
  const handleRemove = (index: number) => {
    const next = steps.filter((_, position) => position !== index);
    writeSteps(next, currentIndex === index ? -1 : currentIndex > index ? currentIndex - 1 : currentIndex);
  };
  const handleAdd = () => {
    if (steps.length >= MAX_STEPS) return;
    const stage = hereStage ?? STAGES[0].id;
    writeSteps([...steps, { id: makeStepId(), title: t("newStep"), stage, minutes: 5, mode: "open" }]);
  };

  return (
    <section className={styles.agenda} data-testid="agenda-panel" aria-label={t("title")}>
      <h3 className={styles.heading}>{t("title")}</h3>
      <div className={styles.templates} role="group" aria-label={t("load")}>
        <span className={styles.hint}>{t("load")}:</span>
        {AGENDA_TEMPLATES.map((template) => (
          <button
            key={template.id}
            type="button"
            className={styles.template}
            data-testid={`agenda-load-${template.id}`}
            aria-label={t("loadTemplate", { name: template.name[locale] })}
            title={template.name[locale]}
            onClick={() => writeSteps(instantiateTemplate(template, locale, makeStepId), -1)}
          >
            {STAGES.find((stage) => stage.id === template.steps[0]?.stage)?.[locale] ?? template.id}
          </button>
        ))}
      </div>
      {steps.length === 0 ? (
        <p className={styles.hint}>{t("empty")}</p>
      ) : (
        <ol className={styles.steps}>
          {steps.map((step, index) => (
            <AgendaStepRow
              key={step.id}
              index={index}
              count={steps.length}
              step={step}
              isCurrent={index === currentIndex}
              onStart={() => handleStart(index)}
              onChange={(changed) => writeSteps(steps.map((candidate, position) => (position === index ? changed : candidate)))}
              onMove={(delta) => handleMove(index, delta)}
              onRemove={() => handleRemove(index)}
            />
          ))}
        </ol>
      )}
      <button type="button" className={styles.add} data-testid="agenda-add" onClick={handleAdd} disabled={steps.length >= MAX_STEPS}>
        + {t("addStep")}
      </button>
    </section>
  );
}
