"use client";
/**
 * A room's review: its board read-only, one stage at a time, with the history timeline under
 * it (scrub, replay, restore) and the exports beside it. Nothing here writes to the live board
 * except a facilitator's restore, which goes through the server.
 */
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import type { Editor } from "tldraw";
import { installDebugHandle } from "@/lib/client/debug-handle";
import { useHistoryTimeline } from "@/lib/client/review/use-history-timeline";
import { useReviewStore } from "@/lib/client/review/use-review-store";
import { colorForUserId } from "@/lib/client/user-color";
import { STAGES, type StageId } from "@/lib/shared/stages";
import { useFeedback } from "@/lib/client/comments/use-feedback";
import { BoardCanvas } from "@/components/board/BoardCanvas";
import { FeedbackButton } from "@/components/comments/FeedbackButton";
import { FeedbackLayer } from "@/components/comments/FeedbackLayer";
import { LanguageSwitch } from "@/components/i18n/LanguageSwitch";
import { HistoryTimeline } from "./HistoryTimeline";
import { ReviewExports } from "./ReviewExports";
import { ReviewStageTabs } from "./ReviewStageTabs";

export interface RoomReviewProps {
  roomId: string;
  roomName: string;
  /** File names of exports start with this (the room's name, made safe). */
  fileBase: string;
  viewer: { id: string; name: string };
  canRestore: boolean;
  locale: string;
  licenseKey?: string;
  backLink: { href: string; label: string };
}

export function RoomReview(props: RoomReviewProps) {
  const { roomId, roomName, viewer, canRestore, locale, licenseKey, backLink } = props;
  const t = useTranslations("review");
  const { store, show } = useReviewStore();
  const timeline = useHistoryTimeline(roomId, show);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [stageId, setStageId] = useState<StageId>(STAGES[0].id);
  // Feedback works here as on the live board: the trainer pins comments while reviewing.
  const feedback = useFeedback(roomId);
  const [user] = useState(() => ({ ...viewer, color: colorForUserId(viewer.id) }));

  useEffect(
    () => (store && editor ? installDebugHandle(store, editor) : undefined),
    [store, editor],
  );

  // Show the chosen stage whole; again whenever the stage or the editor changes.
  useEffect(() => {
    if (!editor) return;
    const pageId = STAGES.find((stage) => stage.id === stageId)!.pageId;
    const page = editor.getPages().find((candidate) => candidate.id === pageId);
    if (!page) return;
    editor.setCurrentPage(page.id);
    editor.zoomToFit({ animation: { duration: 0 } });
  }, [editor, stageId]);

  const restore = useCallback(
    async (versionId: string) => {
      const url = `/api/rooms/${encodeURIComponent(roomId)}/versions/${encodeURIComponent(versionId)}/restore`;
      const response = await fetch(url, { method: "POST" });
      if (!response.ok) throw new Error(`restore: HTTP ${response.status}`);
      await timeline.reload();
    },
    [roomId, timeline],
  );

  return (
    <div className="room review">
      <header className="room__header">
        <a className="room__back" href={backLink.href}>
          <span aria-hidden="true">←</span> {backLink.label}
        </a>
        <div className="room__title">
          <span className="room__brand">{t("title")}</span>
          <span className="room__name">{roomName}</span>
        </div>
        <ReviewStageTabs current={stageId} onSelect={setStageId} />
        <div className="room__tools">
          <span className="review__readonly">{t("readOnly")}</span>
          <FeedbackButton feedback={feedback} />
          <LanguageSwitch />
        </div>
      </header>
      <div className="room__body">
        <main className="room__canvas" aria-label={t("boardLabel", { room: roomName })}>
          {store ? (
            <BoardCanvas
              store={store}
              user={user}
              locale={locale}
              licenseKey={licenseKey}
              onEditor={setEditor}
            />
          ) : (
            <p className="room__message" role="status">
              {timeline.error ? t("loadFailed") : t("loading")}
            </p>
          )}
          <FeedbackLayer feedback={feedback} editor={editor} stageId={stageId} />
        </main>
        <aside className="room__side">
          <ReviewExports
            roomId={roomId}
            fileBase={props.fileBase}
            editor={editor}
            stageId={stageId}
          />
        </aside>
      </div>
      <HistoryTimeline timeline={timeline} canRestore={canRestore} onRestore={restore} />
    </div>
  );
}
