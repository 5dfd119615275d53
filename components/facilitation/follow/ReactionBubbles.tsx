"use client";
/**
 * Floating emoji for the reactions showing now: at the sender's cursor when they look at the same
 * stage and their cursor is in view, else (and for one's own) beside their name in the people
 * list, else at the canvas's lower left. Fixed to the window, so it never takes clicks from the board.
 */
import { useTranslations } from "next-intl";
import { createPortal } from "react-dom";
import { InstancePresenceRecordType, useValue, type Editor } from "tldraw";
import { REACTION_EMOJI, type ActiveReaction } from "@/lib/client/follow/reactions";
import styles from "./follow.module.css";

export interface ReactionBubblesProps {
  editor: Editor;
  reactions: ActiveReaction[];
  selfClientId: number;
}

interface Placed {
  reaction: ActiveReaction;
  x: number;
  y: number;
}

export function ReactionBubbles({ editor, reactions, selfClientId }: ReactionBubblesProps) {
  const t = useTranslations("follow");
  const placed = useValue(
    "reaction positions",
    () => reactions.map((reaction, index) => place(editor, reaction, selfClientId, index)),
    [editor, reactions, selfClientId],
  );
  if (placed.length === 0) return null;
  return createPortal(
    <div className={styles.bubbles} aria-live="polite">
      {placed.map(({ reaction, x, y }) => (
        <div
          key={reaction.key}
          className={styles.bubble}
          style={{ left: x, top: y }}
          data-testid="reaction-bubble"
          data-user-id={reaction.userId}
          data-kind={reaction.kind}
        >
          <span className={styles.bubbleEmoji} role="img" aria-label={t("reactionFrom", { name: reaction.userName, reaction: t(`reaction.${reaction.kind}`) })}>
            {REACTION_EMOJI[reaction.kind]}
          </span>
          <span className={styles.bubbleName} style={{ background: reaction.color }} aria-hidden="true">
            {reaction.userName}
          </span>
        </div>
      ))}
    </div>,
    document.body,
  );
}

function place(editor: Editor, reaction: ActiveReaction, selfClientId: number, index: number): Placed {
  const cursor = cursorOnThisPage(editor, reaction, selfClientId);
  const viewport = editor.getViewportScreenBounds();
  if (cursor) {
    const screen = editor.pageToScreen(cursor);
    if (viewport.containsPoint(screen)) return { reaction, x: screen.x, y: screen.y - 8 };
  }
  const avatar = document.querySelector(`.room__side .person[data-user-id="${CSS.escape(reaction.userId)}"]`);
  const rect = avatar?.getBoundingClientRect();
  if (rect && rect.width > 0) return { reaction, x: rect.left - 24, y: rect.top + rect.height };
  return { reaction, x: viewport.x + 80 + index * 44, y: viewport.maxY - 80 };
}

function cursorOnThisPage(editor: Editor, reaction: ActiveReaction, selfClientId: number) {
  const pageId = editor.getCurrentPageId();
  // One's own reaction is sent from the side panel: it shows beside one's own name.
  if (reaction.clientId === selfClientId) return null;
  const presence = editor.store.get(InstancePresenceRecordType.createId(String(reaction.clientId)));
  return presence && presence.currentPageId === pageId ? presence.cursor : null;
}
