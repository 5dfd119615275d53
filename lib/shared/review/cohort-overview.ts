/**
 * The trainer's cohort overview as JSON: what `GET /api/cohorts/<id>/overview` answers and what
 * the overview page renders (and polls). Times are ISO strings.
 */
import type { StageId } from "../stages";

/** Width of one bar of the activity chart. */
export const ACTIVITY_BUCKET_MINUTES = 5;

export interface StageFigures {
  stageId: StageId;
  /** Sticky notes on the stage's page. */
  notes: number;
  /** Dots of the last vote when it was on this stage (the room map's `vote.results`). */
  votes: number;
  /** Distinct people who wrote the notes there (tldraw's `textLastEditedBy`). */
  contributors: number;
  /** When something on this stage last changed, or null when nothing did since recording began. */
  lastActivityAt: string | null;
}

export interface ActivityBucket {
  /** Start of the 5-minute bucket. */
  startsAt: string;
  /** Client updates stored in it. */
  updates: number;
}

export interface GroupOverview {
  groupId: string;
  name: string;
  roomId: string;
  /** Active participants in the group. */
  people: number;
  /** In stage order. */
  stages: StageFigures[];
  /** Last change anywhere in the room, or null. */
  lastActivityAt: string | null;
  /** One bucket per 5 minutes of the window, empty ones included. */
  activity: ActivityBucket[];
  /** Feedback threads in the room not resolved yet. */
  unresolvedComments: number;
}

export interface ActivityWindow {
  from: string;
  to: string;
  /** Title of the course session the window covers, or null for "the last two hours with activity". */
  sessionTitle: string | null;
}

export interface CohortOverviewView {
  cohortId: string;
  cohortName: string;
  window: ActivityWindow;
  groups: GroupOverview[];
}
