"use client";
/** The ranked list of an ended vote: notes by dots, most first, with their text. */
import { useTranslations } from "next-intl";
import { useValue, type Editor } from "tldraw";
import { noteTextOf } from "@/lib/client/voting/use-stage-notes";
import { rankVoteCounts, type VoteCounts } from "@/lib/shared/facilitation/voting";
import styles from "./voting.module.css";

interface VoteResultsProps {
  editor: Editor | null;
  results: VoteCounts;
  stage: string;
}

export function VoteResults({ editor, results, stage }: VoteResultsProps) {
  const t = useTranslations("voting");
  const ranking = rankVoteCounts(results);
  const texts = useValue(
    "vote result texts",
    () => ranking.map((entry) => noteTextOf(editor, entry.noteId)),
    [editor, results],
  );
  return (
    <div className={styles.results}>
      <h3 className={styles.subheading}>{t("results", { stage })}</h3>
      {ranking.length === 0 ? (
        <p className={styles.muted} data-testid="vote-results">
          {t("noVotes")}
        </p>
      ) : (
        <ol className={styles.ranking} data-testid="vote-results">
          {ranking.map((entry, index) => (
            <li key={entry.noteId} className={styles.rankItem} data-testid={`vote-result-${index + 1}`} data-note-id={entry.noteId}>
              <span className={styles.rankCount} aria-label={t("dots", { count: entry.count })}>
                {entry.count}
              </span>
              <span className={styles.rankText}>{texts[index] || t("emptyNote")}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
