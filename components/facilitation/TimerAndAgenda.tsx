"use client";
/**
 * The live session strip at the top of the canvas: timer, mode and current agenda step for
 * everyone; for facilitators a panel with the timer controls, mode, focus and the agenda.
 * State lives in the room map (lib/shared/facilitation/room-state.ts); times are server time.
 */
import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { createPortal } from "react-dom";
import { useValue } from "tldraw";
import { z } from "zod";
import { useRoomValue } from "@/lib/client/facilitation/use-room-value";
import { useServerClock } from "@/lib/client/facilitation/use-server-clock";
import { AgendaState, RoomMode, TimerState } from "@/lib/shared/facilitation/room-state";
import { RoomKey } from "@/lib/shared/realtime/doc-layout";
import { STAGE_IDS, stageByPageId } from "@/lib/shared/stages";
import { AgendaPanel } from "./agenda/AgendaPanel";
import { FocusToggle } from "./agenda/FocusToggle";
import { ModeSwitch } from "./agenda/ModeSwitch";
import type { FacilitationContext } from "./FacilitationLayer";
import { LiveStatus } from "./timer/LiveStatus";
import { TimerControls } from "./timer/TimerControls";
import styles from "./timer/live-dock.module.css";

const StageValue = z.enum(STAGE_IDS);

export function TimerAndAgenda({ editor, connection, isFacilitator }: FacilitationContext) {
  const t = useTranslations("liveSession");
  const panelId = useId();
  const doc = connection?.doc ?? null;
  const clock = useServerClock();
  const timer = useRoomValue(doc, RoomKey.timer, TimerState);
  const mode = useRoomValue(doc, RoomKey.mode, RoomMode) ?? "open";
  const agenda = useRoomValue(doc, RoomKey.agenda, AgendaState);
  const focusStage = useRoomValue(doc, RoomKey.focusStage, StageValue);
  const currentPageId = useValue("current page", () => editor?.getCurrentPageId() ?? null, [editor]);
  const hereStage = currentPageId ? (stageByPageId(currentPageId)?.id ?? null) : null;
  const [panelOpen, setPanelOpen] = useState(false);
  // Rendered inside the canvas area (position: relative), so it never covers the header. The
  // connection only exists after mount, so the element is there by then.
  const host = useMemo(() => (doc ? document.querySelector<HTMLElement>(".room__canvas") : null), [doc]);

  if (!doc || !host) return null;
  const stepTitle = agenda && agenda.currentIndex >= 0 ? (agenda.steps[agenda.currentIndex]?.title ?? null) : null;

  return createPortal(
    <div className={styles.dock} role="region" aria-label={t("region")} data-testid="live-session">
      <LiveStatus timer={timer} mode={mode} stepTitle={stepTitle} clock={clock} />
      {isFacilitator && (
        <>
          <button
            type="button"
            className={styles.toggle}
            data-testid="facilitation-panel-toggle"
            aria-expanded={panelOpen}
            aria-controls={panelId}
            aria-label={panelOpen ? t("facilitateClose") : t("facilitateOpen")}
            onClick={() => setPanelOpen((open) => !open)}
          >
            {t("facilitate")} {panelOpen ? "▴" : "▾"}
          </button>
          {panelOpen && (
            <div className={styles.panel} id={panelId} data-testid="facilitation-panel">
              <TimerControls doc={doc} timer={timer} clock={clock} />
              <div className={styles.row}>
                <ModeSwitch doc={doc} mode={mode} />
              </div>
              <FocusToggle doc={doc} focusStage={focusStage} hereStage={hereStage} />
              <AgendaPanel
                doc={doc}
                agenda={agenda}
                focusStage={focusStage}
                sound={timer?.sound ?? true}
                clock={clock}
                hereStage={hereStage}
              />
            </div>
          )}
        </>
      )}
    </div>,
    host,
  );
}
