"use client";
/** Start a vote on the stage I look at (dots per person, max per note), or end the running one. */
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import type * as Y from "yjs";
import { endOrRecoverVote } from "@/lib/client/voting/end-or-recover-vote";
import { requestStartVote, VoteApiError } from "@/lib/client/voting/vote-api";
import { voteStateOf, writeVoteState } from "@/lib/client/voting/write-vote-state";
import { MAX_VOTES_PER_PERSON, type VoteState } from "@/lib/shared/facilitation/voting";
import type { StageId } from "@/lib/shared/stages";
import { stageName } from "./VotePanel";
import styles from "./voting.module.css";

interface VoteControlsProps {
  doc: Y.Doc;
  roomId: string;
  vote: VoteState | null;
  hereStage: StageId | null;
}

export function VoteControls({ doc, roomId, vote, hereStage }: VoteControlsProps) {
  const t = useTranslations("voting");
  const locale = useLocale();
  const fieldId = useId();
  const [votesPerPerson, setVotesPerPerson] = useState(3);
  const [maxPerNote, setMaxPerNote] = useState(1);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setFailed(null);
    try {
      await work();
    } catch (error) {
      setFailed(error instanceof VoteApiError ? error.message : t("failed"));
    } finally {
      setBusy(false);
    }
  }

  const handleStart = () =>
    run(async () => {
      if (!hereStage) return;
      const session = await requestStartVote(roomId, { stageId: hereStage, votesPerPerson, maxPerNote });
      writeVoteState(doc, voteStateOf(session, null));
    });
  const handleEnd = () =>
    run(async () => {
      if (!vote) return;
      const { session, counts } = await endOrRecoverVote(roomId, vote.sessionId);
      writeVoteState(doc, voteStateOf(session, counts));
    });

  if (vote?.status === "open") {
    return (
      <div className={styles.controls}>
        <button type="button" className={styles.primary} data-testid="vote-end" disabled={busy} onClick={handleEnd}>
          {t("end")}
        </button>
        {failed && <p className={styles.error} role="alert">{failed}</p>}
      </div>
    );
  }

  const clampedMax = Math.min(maxPerNote, votesPerPerson);
  return (
    <div className={styles.controls}>
      <label className={styles.field} htmlFor={`${fieldId}-votes`}>
        {t("votesPerPerson")}
        <input
          id={`${fieldId}-votes`}
          type="number"
          min={1}
          max={MAX_VOTES_PER_PERSON}
          value={votesPerPerson}
          data-testid="vote-votes-per-person"
          onChange={(event) => setVotesPerPerson(clamp(event.target.valueAsNumber, MAX_VOTES_PER_PERSON))}
        />
      </label>
      <label className={styles.field} htmlFor={`${fieldId}-max`}>
        {t("maxPerNote")}
        <input
          id={`${fieldId}-max`}
          type="number"
          min={1}
          max={votesPerPerson}
          value={clampedMax}
          data-testid="vote-max-per-note"
          onChange={(event) => setMaxPerNote(clamp(event.target.valueAsNumber, votesPerPerson))}
        />
      </label>
      <button
        type="button"
        className={styles.primary}
        data-testid="vote-start"
        disabled={busy || !hereStage}
        title={hereStage ? t("startOn", { stage: stageName(hereStage, locale) }) : t("noStage")}
        onClick={() => {
          setMaxPerNote(clampedMax);
          void handleStart();
        }}
      >
        {t("start")}
      </button>
      {failed && <p className={styles.error} role="alert">{failed}</p>}
    </div>
  );
}

function clamp(value: number, max: number): number {
  if (!Number.isFinite(value)) return 1;
  return Math.max(1, Math.min(max, Math.round(value)));
}
