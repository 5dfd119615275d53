/**
 * The dot-vote routes as functions. Ballots only ever travel here (never through the shared
 * document), so other clients cannot see them while a vote is open.
 */
import type { VoteCounts, VoteSessionView, VoteStatusResponse } from "@/lib/shared/facilitation/voting";

/** A refused call: `code` is the server's error code (e.g. `no_votes_left`). */
export class VoteApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function send<T>(roomId: string, path: string, method: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api/rooms/${encodeURIComponent(roomId)}/votes${path}`, {
    method,
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
  });
  const json = (await response.json().catch(() => null)) as
    | (T & { error?: { code: string; message: string } })
    | null;
  if (!response.ok || !json) {
    throw new VoteApiError(json?.error?.code ?? "network", json?.error?.message ?? response.statusText);
  }
  return json;
}

export function fetchVoteStatus(roomId: string): Promise<VoteStatusResponse> {
  return send(roomId, "", "GET");
}

export async function requestStartVote(
  roomId: string,
  settings: { stageId: string; votesPerPerson: number; maxPerNote: number },
): Promise<VoteSessionView> {
  return (await send<{ session: VoteSessionView }>(roomId, "", "POST", settings)).session;
}

export async function requestCastVote(roomId: string, noteId: string): Promise<string[]> {
  return (await send<{ myVotes: string[] }>(roomId, "/cast", "POST", { noteId })).myVotes;
}

export async function requestRetractVote(roomId: string, noteId: string): Promise<string[]> {
  return (await send<{ myVotes: string[] }>(roomId, "/cast", "DELETE", { noteId })).myVotes;
}

export function requestEndVote(
  roomId: string,
): Promise<{ session: VoteSessionView; counts: VoteCounts }> {
  return send(roomId, "/end", "POST");
}
