/**
 * The dot-vote routes as functions. Ballots only ever travel here (never through the shared
 * document), so other clients cannot see them while a vote is open.
 */
import type { VoteCounts, VoteSessionView, VoteStatusResponse } from "@/lib/shared/facilitation/voting";
import { requestJson } from "../api-request";

export { ApiRequestError as VoteApiError } from "../api-request";

function send<T>(roomId: string, path: string, method: string, body?: unknown): Promise<T> {
  return requestJson<T>(`/api/rooms/${encodeURIComponent(roomId)}/votes${path}`, method, body);
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
