"use client";
/**
 * Dot voting (issue 4, part 2). The facilitator starts a vote on one stage's sticky notes; each
 * editor places their dots through the server (lib/client/voting/vote-api.ts), so while it runs
 * nobody — not even by reading the shared document — sees who voted for what. Ending it writes
 * the counts to the room map's `vote` key: badges on the notes, a ranked list, and a place in
 * the board's history.
 */
import { useValue } from "tldraw";
import { createPortal } from "react-dom";
import { useRoomValue } from "@/lib/client/facilitation/use-room-value";
import { useMyVotes } from "@/lib/client/voting/use-my-votes";
import { usePortalTarget } from "@/lib/client/use-portal-target";
import { useStageNotes } from "@/lib/client/voting/use-stage-notes";
import { useVoteDebug } from "@/lib/client/voting/vote-debug";
import { VoteState } from "@/lib/shared/facilitation/voting";
import { RoomKey } from "@/lib/shared/realtime/doc-layout";
import { stageByPageId } from "@/lib/shared/stages";
import type { FacilitationContext } from "./FacilitationLayer";
import { NoteVoteOverlay } from "./voting/NoteVoteOverlay";
import { VotePanel } from "./voting/VotePanel";

export function DotVoting({ editor, connection, isFacilitator }: FacilitationContext) {
  const doc = connection?.doc ?? null;
  const roomId = connection?.provider.roomname ?? null;
  const vote = useRoomValue(doc, RoomKey.vote, VoteState);
  const canVote = connection?.session.role === "editor";
  const own = useMyVotes(canVote ? roomId : null, vote);
  const currentPageId = useValue("current page", () => editor?.getCurrentPageId() ?? null, [editor]);
  const hereStage = currentPageId ? (stageByPageId(currentPageId)?.id ?? null) : null;
  const notes = useStageNotes(editor, vote?.stageId ?? null);
  const sidePanel = usePortalTarget(".room__side");
  const canvas = usePortalTarget(".room__canvas");
  useVoteDebug(doc);

  if (!doc || !roomId) return null;
  return (
    <>
      {sidePanel &&
        (isFacilitator || vote) &&
        createPortal(
          <VotePanel
            doc={doc}
            roomId={roomId}
            editor={editor}
            vote={vote}
            isFacilitator={isFacilitator}
            hereStage={hereStage}
          />,
          sidePanel,
        )}
      {canvas &&
        vote &&
        createPortal(
          <NoteVoteOverlay vote={vote} notes={notes} canVote={canVote} own={own} onStage={hereStage === vote.stageId} />,
          canvas,
        )}
    </>
  );
}
