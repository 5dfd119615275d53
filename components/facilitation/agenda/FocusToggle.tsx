"use client";
/**
 * "Hold everyone on this stage": holds the room on the facilitator's current stage (and takes
 * everyone there), or releases it. Participants' stage bars disable the other stages meanwhile.
 */
import { useLocale, useTranslations } from "next-intl";
import type * as Y from "yjs";
import { writeRoomValues } from "@/lib/client/facilitation/room-writes";
import { STAGES, type StageId } from "@/lib/shared/stages";
import styles from "./agenda.module.css";

export interface FocusToggleProps {
  doc: Y.Doc;
  focusStage: StageId | null;
  /** Where the facilitator is now: the stage that will be held. */
  hereStage: StageId | null;
}

export function FocusToggle({ doc, focusStage, hereStage }: FocusToggleProps) {
  const t = useTranslations("liveSession.focus");
  const locale = useLocale() === "en" ? "en" : "nl";
  const held = STAGES.find((stage) => stage.id === focusStage);
  const handleToggle = () => {
    if (focusStage) writeRoomValues(doc, { focusStage: null });
    else if (hereStage) writeRoomValues(doc, { focusStage: hereStage, activeStage: hereStage });
  };
  return (
    <div className={styles.focus}>
      <label className={styles.check}>
        <input
          type="checkbox"
          role="switch"
          data-testid="focus-toggle"
          checked={focusStage !== null}
          disabled={!focusStage && !hereStage}
          onChange={handleToggle}
        />
        {t("hold")}
      </label>
      {held && <span className={styles.hint} data-testid="focus-held">{t("holding", { stage: held[locale] })}</span>}
    </div>
  );
}
