"use client";
/**
 * The room's feedback as the board shows it: the threads (use-comment-threads.ts) plus what this
 * person is doing with them — the panel open or not, the thread in focus, placing a pin, writing
 * a new thread.
 */
import { useCallback, useState } from "react";
import type { CommentAnchor } from "@/lib/shared/comments/comment-schemas";
import { useCommentThreads, type CommentThreads } from "./use-comment-threads";

/** A new thread being written: pinned at `anchor`, or on the whole stage when it is null. */
export interface ThreadDraft {
  anchor: CommentAnchor | null;
  shapeId: string | null;
}

export interface Feedback extends CommentThreads {
  open: boolean;
  toggle(): void;
  close(): void;
  /** The thread a pin click opened (highlighted and scrolled to in the panel). */
  selectedId: string | null;
  select(threadId: string): void;
  /** True between "Pin a comment" and the click on the board that places it. */
  placing: boolean;
  setPlacing(placing: boolean): void;
  draft: ThreadDraft | null;
  setDraft(draft: ThreadDraft | null): void;
}

export function useFeedback(roomId: string | null): Feedback {
  const threads = useCommentThreads(roomId);
  const [open, setOpen] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [placing, setPlacingState] = useState(false);
  const [draft, setDraftState] = useState<ThreadDraft | null>(null);

  const select = useCallback((threadId: string) => {
    setSelectedId(threadId);
    setOpen(true);
  }, []);
  const setPlacing = useCallback((next: boolean) => {
    setPlacingState(next);
    if (next) {
      setDraftState(null);
      setOpen(true);
    }
  }, []);
  const setDraft = useCallback((next: ThreadDraft | null) => {
    setDraftState(next);
    setPlacingState(false);
    if (next) setOpen(true);
  }, []);

  return {
    ...threads,
    open,
    toggle: () => setOpen((previous) => !previous),
    close: () => {
      setOpen(false);
      setPlacingState(false);
    },
    selectedId,
    select,
    placing,
    setPlacing,
    draft,
    setDraft,
  };
}
