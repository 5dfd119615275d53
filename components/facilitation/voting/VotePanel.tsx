"use client";
/** The side-panel section of a dot vote: controls for facilitators, then status or results. */
import { useLocale, useTranslations } from "next-intl";
import type { Editor } from "tldraw";
import type * as Y from "yjs";
import type { VoteState } from "@/lib/shared/facilitation/voting";
import { STAGES, type StageId } from "@/lib/shared/stages";
import { VoteControls } from "./VoteControls";
import { VoteResults } from "./VoteResults";
import styles from "./voting.module.css";

export interface VotePanelProps {
  doc: Y.Doc;
  roomId: string;
  editor: Editor | null;
  vote: VoteState | null;
  isFacilitator: boolean;
  hereStage: StageId | null;
}

export function stageName(stageId: string, locale: string): string {
  const stage = STAGES.find((candidate) => candidate.id === stageId);
  if (!stage) return stageId;
  return locale === "en" ? stage.en : stage.nl;
}

export function VotePanel({ doc, roomId, editor, vote, isFacilitator, hereStage }: VotePanelProps) {
  const t = useTranslations("voting");
  const locale = useLocale();
  return (
    <section className={styles.panel} aria-labelledby="voting-heading" data-testid="vote-panel">
      <h2 id="voting-heading" className={styles.heading}>
        {t("heading")}
      </h2>
      {vote?.status === "open" && (
        <p className={styles.status} data-testid="vote-status">
          {t("running", { stage: stageName(vote.stageId, locale), count: vote.votesPerPerson })}
        </p>
      )}
      {isFacilitator && <VoteControls doc={doc} roomId={roomId} vote={vote} hereStage={hereStage} />}
      {vote?.status === "ended" && vote.results && (
        <VoteResults editor={editor} results={vote.results} stage={stageName(vote.stageId, locale)} />
      )}
    </section>
  );
}
