"use client";
/**
 * The caller's own dots in the open vote, read from and changed through the server. Refetched
 * whenever the room's vote changes (another session, or its end).
 */
import { useCallback, useEffect, useState } from "react";
import type { VoteState } from "@/lib/shared/facilitation/voting";
import { fetchVoteStatus, requestCastVote, requestRetractVote, VoteApiError } from "./vote-api";

export interface MyVotes {
  /** Note ids, repeated for several dots on one note. */
  myVotes: string[];
  /** Error code of the last refused change, or null. */
  errorCode: string | null;
  busy: boolean;
  cast(noteId: string): Promise<void>;
  retract(noteId: string): Promise<void>;
}

export function useMyVotes(roomId: string | null, vote: VoteState | null): MyVotes {
  // Kept with the session they belong to, so another session reads as "no dots" at once.
  const [own, setOwn] = useState<{ sessionId: string | null; votes: string[] }>({ sessionId: null, votes: [] });
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sessionId = vote?.sessionId ?? null;
  const status = vote?.status ?? null;
  const myVotes = own.sessionId !== null && own.sessionId === sessionId ? own.votes : [];

  useEffect(() => {
    if (!roomId || !sessionId) return;
    let cancelled = false;
    fetchVoteStatus(roomId)
      .then((answer) => {
        if (!cancelled) setOwn({ sessionId, votes: answer.session?.id === sessionId ? answer.myVotes : [] });
      })
      .catch(() => {
        if (!cancelled) setOwn({ sessionId, votes: [] });
      });
    return () => {
      cancelled = true;
    };
  }, [roomId, sessionId, status]);

  const change = useCallback(
    async (request: (roomId: string, noteId: string) => Promise<string[]>, noteId: string) => {
      if (!roomId) return;
      setBusy(true);
      try {
        const votes = await request(roomId, noteId);
        setOwn({ sessionId, votes });
        setErrorCode(null);
      } catch (error) {
        setErrorCode(error instanceof VoteApiError ? error.code : "network");
      } finally {
        setBusy(false);
      }
    },
    [roomId, sessionId],
  );

  return {
    myVotes,
    errorCode,
    busy,
    cast: (noteId) => change(requestCastVote, noteId),
    retract: (noteId) => change(requestRetractVote, noteId),
  };
}
