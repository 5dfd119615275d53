"use client";
/**
 * The room: header with stages, connection and language; the tldraw canvas synced over Yjs;
 * the people in the room. Connection, store and stage logic live in lib/client hooks.
 */
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { Editor } from "tldraw";
import { useFeedback } from "@/lib/client/comments/use-feedback";
import { installDebugHandle } from "@/lib/client/debug-handle";
import { useRoomConnection } from "@/lib/client/use-room-connection";
import { useRoomFacilitators } from "@/lib/client/use-room-facilitators";
import { useRoomPeople } from "@/lib/client/use-room-people";
import { useRoomStore } from "@/lib/client/use-room-store";
import { useStageNavigation } from "@/lib/client/use-stage-navigation";
import { NoteActionButton } from "@/components/actions/NoteActionButton";
import { OverdueActionsLink } from "@/components/actions/OverdueActionsLink";
import { FeedbackButton } from "@/components/comments/FeedbackButton";
import { FeedbackLayer } from "@/components/comments/FeedbackLayer";
import { FacilitationLayer } from "@/components/facilitation/FacilitationLayer";
import { LanguageSwitch } from "@/components/i18n/LanguageSwitch";
import { BoardCanvas } from "./BoardCanvas";
import { ConnectionProblem } from "./ConnectionProblem";
import { ConnectionStatus } from "./ConnectionStatus";
import { PeopleList } from "./PeopleList";
import { StageBar } from "./StageBar";

export interface BoardProps {
  roomId: string;
  roomName: string;
  licenseKey?: string;
  locale: string;
  /** For a group's room: the way back to its cohort's page (sessions, groups). */
  cohortLink?: { href: string; label: string; description: string };
  /** A trainer account facilitating this room: may make participants facilitator. */
  canAppointFacilitators?: boolean;
  /** For a group's room: its workbook (process, partners, actions… beside the board). */
  workbookHref?: string;
  /** More links for the side panel (e.g. open peer reviews). */
  sideLinks?: { href: string; label: string; testId: string }[];
  /** For a participant of a group's room: the cohort's questionnaire open now, to answer. */
  evaluationLink?: { href: string; label: string; description: string };
}

export function Board({
  roomId,
  roomName,
  licenseKey,
  locale,
  cohortLink,
  canAppointFacilitators,
  workbookHref,
  sideLinks = [],
  evaluationLink,
}: BoardProps) {
  const t = useTranslations("room");
  const tReview = useTranslations("review");
  const tWorkbook = useTranslations("workbook");
  const { connection, status, problem } = useRoomConnection(roomId);
  const storeState = useRoomStore(connection);
  const [editor, setEditor] = useState<Editor | null>(null);
  const isFacilitator = connection?.session.facilitator ?? false;
  const navigation = useStageNavigation(editor, connection?.doc ?? null, isFacilitator);
  const people = useRoomPeople(connection?.provider.awareness ?? null);
  const roles = useRoomFacilitators(roomId);
  const feedback = useFeedback(roomId);
  const store = storeState.status === "ready" ? storeState.store : null;

  useEffect(
    () => (store && editor ? installDebugHandle(store, editor) : undefined),
    [store, editor],
  );

  return (
    <div className="room">
      <header className="room__header">
        {cohortLink && (
          <a
            className="room__back"
            href={cohortLink.href}
            data-testid="nav-sessions"
            aria-label={cohortLink.description}
          >
            <span aria-hidden="true">←</span> {cohortLink.label}
          </a>
        )}
        <div className="room__title">
          <span className="room__brand">Cocreate</span>
          <span className="room__name">{roomName}</span>
        </div>
        <StageBar
          currentStage={navigation.currentStage}
          activeStage={navigation.activeStage}
          people={people}
          isFacilitator={isFacilitator}
          onGoToStage={navigation.goToStage}
          onSetStageForEveryone={navigation.setStageForEveryone}
        />
        <div className="room__tools">
          <FeedbackButton feedback={feedback} />
          <ConnectionStatus status={status} />
          <LanguageSwitch />
        </div>
      </header>
      <div className="room__body">
        <main className="room__canvas" aria-label={roomName}>
          {problem && <ConnectionProblem problem={problem} />}
          {storeState.status === "ready" ? (
            <BoardCanvas
              store={storeState.store}
              user={storeState.user}
              locale={locale}
              licenseKey={licenseKey}
              onEditor={setEditor}
            />
          ) : (
            <p className="room__message" role="status">
              {storeState.status === "empty"
                ? t("empty")
                : storeState.status === "error"
                  ? t("error", { message: storeState.message })
                  : t("loading")}
            </p>
          )}
          <FeedbackLayer feedback={feedback} editor={editor} stageId={navigation.currentStage} />
          {workbookHref && connection?.session.role === "editor" && (
            <NoteActionButton
              editor={editor}
              roomId={roomId}
              planHref={`${workbookHref}/actions`}
            />
          )}
        </main>
        <aside className="room__side">
          {connection?.session.role === "viewer" && <p className="room__note">{t("viewer")}</p>}
          {isFacilitator && <p className="room__note">{t("facilitator")}</p>}
          <p className="room__note">
            {/* A visiting group (viewer) has no history or exports of the host's board. */}
            {connection?.session.role === "editor" && (
              <a
                href={`/rooms/${encodeURIComponent(roomId)}/review`}
                aria-label={tReview("openReviewLabel")}
                data-testid="open-review"
              >
                {tReview("openReview")}
              </a>
            )}
            {workbookHref && (
              <>
                <br />
                <a
                  href={workbookHref}
                  aria-label={tWorkbook("openLabel")}
                  data-testid="open-workbook"
                >
                  {tWorkbook("open")}
                </a>
                <br />
                <OverdueActionsLink roomId={roomId} href={`${workbookHref}/actions`} />
              </>
            )}
            {sideLinks.map((link) => (
              <span key={link.href}>
                <br />
                <a href={link.href} data-testid={link.testId}>
                  {link.label}
                </a>
              </span>
            ))}
          </p>
          {evaluationLink && (
            <p className="room__note">
              <a
                href={evaluationLink.href}
                aria-label={evaluationLink.description}
                data-testid="open-evaluation"
              >
                {evaluationLink.label}
              </a>
            </p>
          )}
          <PeopleList people={people} roles={canAppointFacilitators ? roles : undefined} />
        </aside>
        <FacilitationLayer editor={editor} connection={connection} isFacilitator={isFacilitator} />
      </div>
    </div>
  );
}
