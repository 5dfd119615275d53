/**
 * Trainer feedback comments, shared by the routes, the services and the board. A thread is a
 * top comment on one stage — pinned at page coordinates on that stage's page, or on the stage as
 * a whole — with replies; threads are resolved and reopened, replies never are.
 */
import { z } from "zod";
import { STAGE_IDS } from "../stages";

export const COMMENT_BODY_MAX = 2000;
/** tldraw pages are unbounded, but a pin further out than this is a client bug, not feedback. */
const PAGE_COORDINATE_LIMIT = 1_000_000;

export const CommentBody = z.string().trim().min(1).max(COMMENT_BODY_MAX);

const PageCoordinate = z.number().min(-PAGE_COORDINATE_LIMIT).max(PAGE_COORDINATE_LIMIT);

/** Where a pin sits on its stage's page (page coordinates, not screen pixels). */
export const CommentAnchor = z.object({ x: PageCoordinate, y: PageCoordinate });
export type CommentAnchor = z.infer<typeof CommentAnchor>;

/** POST /api/rooms/[roomId]/comments: a new thread (people who facilitate the room). */
export const CreateCommentThreadInput = z.object({
  stageId: z.enum(STAGE_IDS),
  body: CommentBody,
  /** Null or absent: a comment on the stage as a whole. */
  anchor: CommentAnchor.nullish(),
  /** The tldraw shape the pin was placed on, if any. */
  shapeId: z
    .string()
    .regex(/^shape:[\w-]{1,80}$/)
    .nullish(),
});
export type CreateCommentThreadInput = z.infer<typeof CreateCommentThreadInput>;

/** POST /api/rooms/[roomId]/comments/[commentId]/replies. */
export const ReplyToCommentInput = z.object({ body: CommentBody });
export type ReplyToCommentInput = z.infer<typeof ReplyToCommentInput>;

/** PATCH /api/rooms/[roomId]/comments/[commentId]: resolve (true) or reopen (false) a thread. */
export const UpdateCommentInput = z.object({ resolved: z.boolean() });
export type UpdateCommentInput = z.infer<typeof UpdateCommentInput>;

export interface CommentPerson {
  id: string;
  /** The participant's name in the cohort, or the account's name. */
  name: string;
}

export interface CommentView {
  id: string;
  body: string;
  author: CommentPerson;
  /** ISO time. */
  createdAt: string;
  /** Whether the caller may delete it (their own, or they are a trainer of the room). */
  canDelete: boolean;
}

export interface CommentThreadView extends CommentView {
  stageId: string;
  anchor: CommentAnchor | null;
  shapeId: string | null;
  resolvedAt: string | null;
  resolvedBy: CommentPerson | null;
  /** Oldest first. */
  replies: CommentView[];
}

/** What the caller may do with the room's comments. */
export interface CommentRights {
  /** Start threads (people who facilitate the room). */
  create: boolean;
  /** Reply, resolve and reopen (everyone who works in the room; not read-only viewers). */
  reply: boolean;
}

/** GET /api/rooms/[roomId]/comments. */
export interface CommentListResponse {
  /** Every thread of the room, oldest first (so pin numbers stay put). */
  threads: CommentThreadView[];
  /** Threads not resolved. */
  unresolvedCount: number;
  rights: CommentRights;
}
