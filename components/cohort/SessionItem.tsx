"use client";
/** One session in the trainer's timeline: read, open, move, edit or delete it. */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { SessionForm, type SessionFormValues } from "./SessionForm";
import { SessionSummary } from "./SessionSummary";
import type { CourseSessionView } from "./types";

interface SessionItemProps {
  cohortId: string;
  session: CourseSessionView;
  number: number;
  isFirst: boolean;
  isLast: boolean;
  isPending: boolean;
  onMove: (direction: -1 | 1) => void;
  onSave: (values: SessionFormValues) => Promise<boolean>;
  onDelete: () => void;
}

export function SessionItem(props: SessionItemProps) {
  const { cohortId, session, number, isFirst, isLast, isPending } = props;
  const t = useTranslations("session");
  const [isEditing, setEditing] = useState(false);

  const handleSave = async (values: SessionFormValues) => {
    const saved = await props.onSave(values);
    if (saved) setEditing(false);
    return saved;
  };

  const handleDelete = () => {
    if (window.confirm(t("confirmDelete", { title: session.title }))) props.onDelete();
  };

  return (
    <li className={`timeline__item timeline__item--${session.kind}`} data-testid={`session-${session.id}`}>
      <span className="timeline__number" aria-hidden="true">{number}</span>
      {isEditing ? (
        <div className="timeline__body">
          <SessionForm initial={session} submitLabel={t("save")} isPending={isPending} onSubmit={handleSave} onCancel={() => setEditing(false)} />
        </div>
      ) : (
        <SessionSummary cohortId={cohortId} session={session} />
      )}
      {!isEditing && (
        <div className="timeline__actions" role="group" aria-label={t("actionsFor", { title: session.title })}>
          <button type="button" className="icon-button" onClick={() => props.onMove(-1)} disabled={isFirst || isPending} aria-label={t("moveUp", { title: session.title })}>
            ↑
          </button>
          <button type="button" className="icon-button" onClick={() => props.onMove(1)} disabled={isLast || isPending} aria-label={t("moveDown", { title: session.title })}>
            ↓
          </button>
          <button type="button" className="button button--quiet button--small" onClick={() => setEditing(true)} aria-label={t("editLabel", { title: session.title })}>
            {t("edit")}
          </button>
          <button type="button" className="button button--danger-quiet button--small" onClick={handleDelete} disabled={isPending} aria-label={t("deleteLabel", { title: session.title })}>
            {t("delete")}
          </button>
        </div>
      )}
    </li>
  );
}
