"use client";
/**
 * The room's feedback threads, kept fresh by polling GET /api/rooms/<id>/comments every
 * POLL_INTERVAL_MS while the room is open (and the tab visible), and at once after this
 * person's own change. Polling rather than the Yjs document: comments live in the database (who
 * may write what is checked per request, they are not part of the board's versions), and a few
 * seconds' delay is fine for feedback. See docs/ARCHITECTURE.md.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { CommentListResponse, CommentRights, CommentThreadView } from "@/lib/shared/comments/comment-schemas";
import {
  CommentApiError,
  fetchCommentThreads,
  requestCreateThread,
  requestDeleteComment,
  requestReply,
  requestSetResolved,
  type NewThread,
} from "./comment-api";

export const POLL_INTERVAL_MS = 5_000;

const NO_RIGHTS: CommentRights = { create: false, reply: false };

export interface CommentThreads {
  threads: CommentThreadView[];
  unresolvedCount: number;
  rights: CommentRights;
  /** False until the first answer arrived. */
  loaded: boolean;
  /** Error code of the last failed change (or of loading, e.g. `forbidden`), or null. */
  errorCode: string | null;
  busy: boolean;
  create(thread: NewThread): Promise<CommentThreadView | null>;
  reply(threadId: string, body: string): Promise<boolean>;
  setResolved(threadId: string, resolved: boolean): Promise<boolean>;
  remove(commentId: string): Promise<boolean>;
}

export function useCommentThreads(roomId: string | null): CommentThreads {
  const [list, setList] = useState<CommentListResponse | null>(null);
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Answers can overtake each other; only the newest request may set the list.
  const requestNumber = useRef(0);

  const refresh = useCallback(async () => {
    if (!roomId) return;
    const number = ++requestNumber.current;
    try {
      const answer = await fetchCommentThreads(roomId);
      if (number === requestNumber.current) setList(answer);
    } catch (error) {
      if (number === requestNumber.current && error instanceof CommentApiError && error.code !== "network") {
        setErrorCode(error.code);
      }
    }
  }, [roomId]);

  useEffect(() => {
    if (!roomId) return;
    const onVisible = () => {
      if (document.visibilityState === "visible") void refresh();
    };
    const first = setTimeout(() => void refresh(), 0);
    const timer = setInterval(onVisible, POLL_INTERVAL_MS);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [roomId, refresh]);

  /** Runs one change, then reloads the list so everything (counts, other threads) agrees. */
  const change = useCallback(
    async <T>(request: (roomId: string) => Promise<T>): Promise<T | null> => {
      if (!roomId) return null;
      setBusy(true);
      try {
        const result = await request(roomId);
        setErrorCode(null);
        return result;
      } catch (error) {
        setErrorCode(error instanceof CommentApiError ? error.code : "network");
        return null;
      } finally {
        await refresh();
        setBusy(false);
      }
    },
    [roomId, refresh],
  );

  return {
    threads: list?.threads ?? [],
    unresolvedCount: list?.unresolvedCount ?? 0,
    rights: list?.rights ?? NO_RIGHTS,
    loaded: list !== null,
    errorCode,
    busy,
    create: (thread) => change((id) => requestCreateThread(id, thread)),
    reply: async (threadId, body) => (await change((id) => requestReply(id, threadId, body))) !== null,
    setResolved: async (threadId, resolved) =>
      (await change((id) => requestSetResolved(id, threadId, resolved))) !== null,
    remove: async (commentId) =>
      (await change((id) => requestDeleteComment(id, commentId).then(() => true))) !== null,
  };
}
