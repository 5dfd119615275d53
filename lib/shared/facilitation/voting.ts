/**
 * Dot voting, shared by the routes, the services and the board. Ballots go through the server
 * (lib/server/voting/*), never through the shared document, so while a vote is open nobody can
 * read who voted for what; the room map's `vote` key (VoteState) only says that a vote runs and,
 * once it ended, the counts per note, so they stay in the board's versions.
 */
import { z } from "zod";
import { STAGE_IDS } from "../stages";

export const MAX_VOTES_PER_PERSON = 20;

export const VoteStatus = z.enum(["open", "ended"]);
export type VoteStatus = z.infer<typeof VoteStatus>;

/** Counts per note id (only notes with at least one vote). */
export const VoteCounts = z.record(z.string(), z.number().int().min(0));
export type VoteCounts = z.infer<typeof VoteCounts>;

/** The room map's `vote` value, written by the facilitator's client. */
export const VoteState = z.object({
  sessionId: z.string().min(1).max(64),
  stageId: z.enum(STAGE_IDS),
  votesPerPerson: z.number().int().min(1).max(MAX_VOTES_PER_PERSON),
  maxPerNote: z.number().int().min(1).max(MAX_VOTES_PER_PERSON),
  status: VoteStatus,
  /** Null while open: counts are only known, to anyone, once the vote ended. */
  results: VoteCounts.nullable(),
  /** Server epoch ms of the end, or null while open. */
  endedAt: z.number().nullable(),
});
export type VoteState = z.infer<typeof VoteState>;

export const StartVoteInput = z
  .object({
    stageId: z.enum(STAGE_IDS),
    votesPerPerson: z.number().int().min(1).max(MAX_VOTES_PER_PERSON),
    maxPerNote: z.number().int().min(1).max(MAX_VOTES_PER_PERSON),
  })
  .refine((input) => input.maxPerNote <= input.votesPerPerson, {
    message: "maxPerNote may not exceed votesPerPerson",
    path: ["maxPerNote"],
  });
export type StartVoteInput = z.infer<typeof StartVoteInput>;

/** A tldraw shape id of a sticky note. */
export const NoteVoteInput = z.object({
  noteId: z.string().regex(/^shape:[\w-]{1,80}$/),
});
export type NoteVoteInput = z.infer<typeof NoteVoteInput>;

/** What anyone in the room may know about a vote session: no ballots. */
export interface VoteSessionView {
  id: string;
  stageId: string;
  votesPerPerson: number;
  maxPerNote: number;
  status: VoteStatus;
  startedAt: string;
  endedAt: string | null;
}

/** GET /api/rooms/[roomId]/votes: the latest session and the caller's own dots in it. */
export interface VoteStatusResponse {
  session: VoteSessionView | null;
  /** The caller's own votes (note ids, repeated for several dots on one note). */
  myVotes: string[];
  /** Total dots cast so far, for facilitators only (null for others). */
  votesCast: number | null;
  /** Dots per note once the session ended (null while open: nobody sees counts before the end). */
  counts: VoteCounts | null;
}

/** Notes ranked by votes (most first; ties keep note-id order so every client agrees). */
export function rankVoteCounts(counts: VoteCounts): { noteId: string; count: number }[] {
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([noteId, count]) => ({ noteId, count }))
    .sort((a, b) => b.count - a.count || (a.noteId < b.noteId ? -1 : a.noteId > b.noteId ? 1 : 0));
}
