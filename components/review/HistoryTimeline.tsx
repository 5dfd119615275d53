"use client";
/**
 * The timeline under the review board: a slider over the versions (the last position is the
 * board now), play/pause to replay how the group got there, and — for facilitators — restoring
 * the version shown, after a confirmation, as a new version on top of all others.
 */
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import type { HistoryTimeline as Timeline } from "@/lib/client/review/use-history-timeline";

export interface HistoryTimelineProps {
  timeline: Timeline;
  canRestore: boolean;
  onRestore(versionId: string): Promise<void>;
}

export function HistoryTimeline({ timeline, canRestore, onRestore }: HistoryTimelineProps) {
  const t = useTranslations("review.timeline");
  const format = useFormatter();
  const [confirming, setConfirming] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [restoreError, setRestoreError] = useState(false);
  const { versions, position } = timeline;
  const version = versions[position];
  const label = version
    ? t("versionLabel", {
        number: position + 1,
        total: versions.length,
        time: format.dateTime(new Date(version.createdAt), {
          dateStyle: "medium",
          timeStyle: "short",
        }),
        reason: t(`reason.${version.reason}` as "reason.interval"),
      })
    : t("current");

  async function restore() {
    if (!version) return;
    setRestoring(true);
    setRestoreError(false);
    try {
      await onRestore(version.id);
      setConfirming(false);
    } catch {
      setRestoreError(true);
    } finally {
      setRestoring(false);
    }
  }

  return (
    <section className="history" aria-label={t("title")} data-testid="history-timeline">
      <button
        type="button"
        className="button button--primary"
        onClick={timeline.playing ? timeline.pause : timeline.play}
        disabled={versions.length === 0}
        data-testid="history-play"
      >
        {timeline.playing ? t("pause") : t("play")}
      </button>
      <input
        type="range"
        className="history__slider"
        min={0}
        max={versions.length}
        step={1}
        value={position}
        aria-label={t("slider")}
        aria-valuetext={label}
        onChange={(event) => timeline.goTo(Number(event.target.value))}
        data-testid="history-slider"
      />
      <p className="history__label" role="status" data-testid="history-label">
        {timeline.loading ? t("loading", { label }) : label}
      </p>
      {timeline.error && <p className="form-error">{t("error")}</p>}
      {canRestore && version && !confirming && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setConfirming(true)}
          data-testid="history-restore"
        >
          {t("restore")}
        </button>
      )}
      {canRestore && version && confirming && (
        <div className="history__confirm" role="alertdialog" aria-label={t("restore")}>
          <p>{t("restoreConfirm")}</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void restore()}
            disabled={restoring}
            data-testid="history-restore-confirm"
          >
            {restoring ? t("restoring") : t("restoreYes")}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setConfirming(false)}
            disabled={restoring}
          >
            {t("cancel")}
          </button>
          {restoreError && <p className="form-error">{t("restoreFailed")}</p>}
        </div>
      )}
    </section>
  );
}
