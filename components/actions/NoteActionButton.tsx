"use client";
/**
 * "Make action" under the one selected sticky note: one click makes an action of it (the server
 * reads the note's text and stage from the board), then a status line says so with a link to
 * the group's action plan. Mounted by the Board inside the canvas area of a group's room.
 */
import { useTranslations } from "next-intl";
import { useState, type PointerEvent } from "react";
import type { Editor } from "tldraw";
import { ACTIONS_CHANGED_EVENT, requestActionFromNote } from "@/lib/client/actions/action-api";
import { useSelectedNote } from "@/lib/client/actions/use-selected-note";

type Outcome = { kind: "made"; title: string } | { kind: "error"; message: string };

const keepFromCanvas = (event: PointerEvent) => event.stopPropagation();

export function NoteActionButton({ editor, roomId, planHref }: { editor: Editor | null; roomId: string; planHref: string }) {
  const t = useTranslations("actions");
  const selected = useSelectedNote(editor);
  const [isPending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const handleMake = async () => {
    if (!selected) return;
    setPending(true);
    try {
      const action = await requestActionFromNote(roomId, selected.noteId);
      setOutcome({ kind: "made", title: action.title });
      window.dispatchEvent(new Event(ACTIONS_CHANGED_EVENT));
    } catch (caught) {
      setOutcome({ kind: "error", message: caught instanceof Error ? caught.message : String(caught) });
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="note-action-layer">
      {selected && (
        <button
          type="button"
          className="button button--primary button--small note-action"
          style={{ left: selected.x, top: selected.y + 8 }}
          onPointerDown={keepFromCanvas}
          onClick={handleMake}
          disabled={isPending}
          title={t("makeFromNoteLabel")}
          aria-label={t("makeFromNoteLabel")}
          data-testid="make-action-from-note"
        >
          {t("makeFromNote")}
        </button>
      )}
      <div className="note-action-status" role="status" onPointerDown={keepFromCanvas}>
        {outcome && (
          <p className={outcome.kind === "error" ? "note-action-status__error" : undefined} data-testid="make-action-outcome">
            {outcome.kind === "made" ? (
              <>
                {t("madeFromNote", { title: outcome.title })} <a href={planHref}>{t("openPlan")}</a>
              </>
            ) : (
              t("makeError", { message: outcome.message })
            )}{" "}
            <button type="button" className="button button--quiet button--small" onClick={() => setOutcome(null)}>
              {t("dismiss")}
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
