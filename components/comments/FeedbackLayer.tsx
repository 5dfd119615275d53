"use client";
/**
 * Trainer feedback on the board (issue 5): pins over the canvas and the feedback drawer. Mounted
 * inside the canvas area by the Board, which also shows the FeedbackButton in its header.
 */
import { useMemo } from "react";
import type { Editor } from "tldraw";
import { numberStageThreads } from "@/lib/client/comments/stage-threads";
import type { Feedback } from "@/lib/client/comments/use-feedback";
import { usePinPositions } from "@/lib/client/comments/use-pin-positions";
import type { StageId } from "@/lib/shared/stages";
import { CommentPins } from "./CommentPins";
import { FeedbackPanel } from "./FeedbackPanel";

interface FeedbackLayerProps {
  feedback: Feedback;
  editor: Editor | null;
  stageId: StageId | null;
}

export function FeedbackLayer({ feedback, editor, stageId }: FeedbackLayerProps) {
  const stageThreads = useMemo(() => numberStageThreads(feedback.threads, stageId), [feedback.threads, stageId]);
  const pins = usePinPositions(editor, stageId, stageThreads);
  return (
    <>
      <CommentPins editor={editor} pins={pins} feedback={feedback} />
      {feedback.open && <FeedbackPanel feedback={feedback} stageId={stageId} stageThreads={stageThreads} />}
    </>
  );
}
