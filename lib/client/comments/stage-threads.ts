/** A stage's threads, numbered in the order they were made (the same number on pin and panel). */
import type { CommentThreadView } from "@/lib/shared/comments/comment-schemas";

export interface NumberedThread {
  number: number;
  thread: CommentThreadView;
}

export function numberStageThreads(threads: CommentThreadView[], stageId: string | null): NumberedThread[] {
  if (!stageId) return [];
  return threads
    .filter((thread) => thread.stageId === stageId)
    .map((thread, index) => ({ number: index + 1, thread }));
}
