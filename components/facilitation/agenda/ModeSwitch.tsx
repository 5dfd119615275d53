"use client";
/** The facilitator's choice of working mode (open / silent brainstorm), as a two-button group. */
import { useTranslations } from "next-intl";
import type * as Y from "yjs";
import { writeRoomValues } from "@/lib/client/facilitation/room-writes";
import { RoomMode } from "@/lib/shared/facilitation/room-state";
import styles from "./agenda.module.css";

export function ModeSwitch({ doc, mode }: { doc: Y.Doc; mode: RoomMode }) {
  const t = useTranslations("liveSession");
  return (
    <div className={styles.segmented} role="group" aria-label={t("modeLabel")}>
      {RoomMode.options.map((option) => (
        <button
          key={option}
          type="button"
          className={styles.segment}
          data-testid={`mode-set-${option}`}
          aria-pressed={mode === option}
          onClick={() => writeRoomValues(doc, { mode: option })}
        >
          {t(`mode.${option}`)}
        </button>
      ))}
    </div>
  );
}
