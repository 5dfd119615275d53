/**
 * Peer review (intervisie): a trainer opens one group's board to another group, read-only, and
 * the visiting group fills in a feedback grid that the host group reads. Request bodies and the
 * views the routes answer with, shared by forms, routes and services.
 */
import { z } from "zod";

/** The four quadrants of the feedback grid, in the order they are shown. */
export const FEEDBACK_KINDS = ["top", "tip", "question", "idea"] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_TEXT_MAX = 500;

/** POST /api/cohorts/[cohortId]/peer-reviews: `visitorGroupId` visits `hostGroupId`'s board. */
export const OpenPeerReviewRequest = z
  .object({ hostGroupId: z.string().min(1).max(64), visitorGroupId: z.string().min(1).max(64) })
  .refine((value) => value.hostGroupId !== value.visitorGroupId, {
    message: "a group cannot visit itself",
    path: ["visitorGroupId"],
  });
export type OpenPeerReviewRequest = z.infer<typeof OpenPeerReviewRequest>;

/** POST /api/cohorts/[cohortId]/peer-reviews/[peerReviewId]/feedback. */
export const AddPeerFeedbackRequest = z.object({
  kind: z.enum(FEEDBACK_KINDS),
  text: z.string().trim().min(1).max(FEEDBACK_TEXT_MAX),
});
export type AddPeerFeedbackRequest = z.infer<typeof AddPeerFeedbackRequest>;

/** What the caller is in a visit: a trainer of the cohort, or a participant of either group. */
export type PeerReviewRole = "trainer" | "host" | "visitor";

export interface PeerReviewGroupView {
  id: string;
  name: string;
  roomId: string;
}

export interface PeerReviewView {
  id: string;
  host: PeerReviewGroupView;
  visitor: PeerReviewGroupView;
  /** ISO times; `closedAt` null while the visit is open. */
  openedAt: string;
  closedAt: string | null;
  feedbackCount: number;
}

export interface PeerFeedbackView {
  id: string;
  kind: FeedbackKind;
  text: string;
  authorName: string;
  createdAt: string;
  /** Whether the caller may delete it: its author while the visit is open, or a trainer. */
  canDelete: boolean;
}

export interface PeerReviewDetail extends PeerReviewView {
  role: PeerReviewRole;
  /** The visiting group's participants, while the visit is open. */
  canAddFeedback: boolean;
  feedback: PeerFeedbackView[];
}
