"use client";
/**
 * Over the canvas: while a vote is open, a dot button on each note of its stage (my own dots
 * only) and a banner with the dots I have left; once it ended, the count on each note.
 */
import { useTranslations } from "next-intl";
import type { MyVotes } from "@/lib/client/voting/use-my-votes";
import type { PlacedNote } from "@/lib/client/voting/use-stage-notes";
import type { VoteState } from "@/lib/shared/facilitation/voting";
import styles from "./voting.module.css";

interface NoteVoteOverlayProps {
  vote: VoteState;
  notes: PlacedNote[];
  canVote: boolean;
  own: MyVotes;
  onStage: boolean;
}

const ERROR_KEYS: Record<string, string> = {
  no_votes_left: "noVotesLeft",
  note_limit_reached: "noteLimit",
  vote_not_open: "notOpen",
};

export function NoteVoteOverlay({ vote, notes, canVote, own, onStage }: NoteVoteOverlayProps) {
  const t = useTranslations("voting");
  if (vote.status === "ended") {
    const results = vote.results ?? {};
    return (
      <div className={styles.overlay} aria-hidden={!onStage}>
        {notes.map((note) => (
          <span
            key={note.id}
            className={(results[note.id] ?? 0) > 0 ? styles.badge : `${styles.badge} ${styles.badgeZero}`}
            style={{ left: note.x, top: note.y }}
            data-testid={`vote-count-${note.id}`}
            aria-label={t("dots", { count: results[note.id] ?? 0 })}
          >
            {results[note.id] ?? 0}
          </span>
        ))}
      </div>
    );
  }
  if (!canVote) return null;

  const remaining = Math.max(0, vote.votesPerPerson - own.myVotes.length);
  const mineOn = (noteId: string) => own.myVotes.filter((id) => id === noteId).length;
  const errorKey = own.errorCode ? (ERROR_KEYS[own.errorCode] ?? "failed") : null;

  return (
    <div className={styles.overlay}>
      <div className={styles.banner} role="status" data-testid="vote-banner">
        <span>
          {t.rich("remaining", {
            count: remaining,
            n: (chunks) => <strong data-testid="vote-remaining">{chunks}</strong>,
          })}
        </span>
        {!onStage && <span className={styles.hint}>{t("goToStage")}</span>}
        {errorKey && <span className={styles.error}>{t(errorKey)}</span>}
      </div>
      {notes.map((note) => {
        const mine = mineOn(note.id);
        const canAdd = remaining > 0 && mine < vote.maxPerNote;
        return (
          <div key={note.id} className={styles.dotGroup} style={{ left: note.x, top: note.y }}>
            <button
              type="button"
              className={mine > 0 ? `${styles.dot} ${styles.dotMine}` : styles.dot}
              data-testid={`vote-dot-${note.id}`}
              data-mine={mine}
              aria-pressed={mine > 0}
              aria-label={canAdd ? t("addDot", { mine }) : t("removeDot", { mine })}
              disabled={own.busy || (!canAdd && mine === 0)}
              onClick={() => void (canAdd ? own.cast(note.id) : own.retract(note.id))}
            >
              {mine > 0 ? mine : "+"}
            </button>
            {mine > 0 && vote.maxPerNote > 1 && (
              <button
                type="button"
                className={styles.undot}
                data-testid={`vote-undot-${note.id}`}
                aria-label={t("removeDot", { mine })}
                disabled={own.busy}
                onClick={() => void own.retract(note.id)}
              >
                −
              </button>
            )}
          </div>
        );
      })}
    </div>
  );
}
