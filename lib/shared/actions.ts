/**
 * Agreed actions of a room (the action plan): input schemas, the view, and the one place that
 * decides what is overdue and in which order a plan is shown. Used by the routes and services in
 * lib/server/actions, the UI in components/actions and the PDF report.
 */
import { z } from "zod";
import { STAGE_IDS } from "./stages";

export const ACTION_TITLE_MAX = 300;
export const ACTION_TEXT_MAX = 200;
export const ACTION_STATUSES = ["open", "doing", "done"] as const;

export const ActionStatus = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof ActionStatus>;

const title = z.string().trim().min(1).max(ACTION_TITLE_MAX);
/** "" or null from a form field means "no value". */
const nullableText = z
  .string()
  .trim()
  .max(ACTION_TEXT_MAX)
  .nullable()
  .transform((value) => (value ? value : null));
/** A calendar day ("2027-01-31"), stored as midnight UTC; "" or null means none. */
const dueDay = z
  .union([z.iso.date(), z.literal(""), z.null()])
  .transform((value) => (value ? new Date(`${value}T00:00:00.000Z`) : null));
const noteId = z.string().regex(/^shape:[\w-]{1,80}$/);
const orNull = <T>(value: T | undefined) => value ?? null;

export const CreateActionInput = z.object({
  title,
  ownerName: nullableText.optional().transform(orNull),
  partners: nullableText.optional().transform(orNull),
  dueOn: dueDay.optional().transform(orNull),
  status: ActionStatus.default("open"),
  stageId: z.enum(STAGE_IDS).nullable().optional().transform(orNull),
  /** The sticky note the action came from (a tldraw shape id). */
  sourceNoteId: noteId.nullable().optional().transform(orNull),
});
export type CreateActionInput = z.input<typeof CreateActionInput>;

/** Makes an action from a sticky note: the server reads the note's text and stage itself. */
export const ActionFromNoteInput = z.object({ noteId }).strict();
export type ActionFromNoteInput = z.infer<typeof ActionFromNoteInput>;

/** A change to an action: any of its editable fields, at least one; absent fields stay as they are. */
export const UpdateActionInput = z
  .object({
    title: title.optional(),
    ownerName: nullableText.optional(),
    partners: nullableText.optional(),
    dueOn: dueDay.optional(),
    status: ActionStatus.optional(),
  })
  .strict()
  .refine((change) => Object.values(change).some((value) => value !== undefined), "Nothing to change");
export type UpdateActionInput = z.input<typeof UpdateActionInput>;

export interface ActionView {
  id: string;
  roomId: string;
  title: string;
  ownerName: string | null;
  partners: string | null;
  /** "2027-01-31", or null. */
  dueOn: string | null;
  status: ActionStatus;
  stageId: string | null;
  sourceNoteId: string | null;
  createdById: string;
  createdAt: string;
  updatedAt: string;
}

/** What GET /api/rooms/<id>/actions answers: the plan in its display order, and the day it was. */
export interface ActionPlanResponse {
  actions: ActionView[];
  /** The course's calendar day ("2027-01-31", APP_TIME_ZONE) that overdue is measured against. */
  today: string;
}

/** One group's plan, as the cohort's pages list them. */
export interface GroupActionPlan {
  groupId: string;
  groupName: string;
  roomId: string;
  /** In display order: overdue first (sortActionPlan). */
  actions: ActionView[];
  overdueCount: number;
}

/** The calendar day ("2027-01-31") it is at `now` in the IANA zone `timeZone`. */
export function calendarDayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const part = (type: string) => parts.find((each) => each.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/**
 * Overdue: a due day before `today` (both "YYYY-MM-DD", so they compare as text) and not done.
 * An action due today is not overdue yet.
 */
export function isActionOverdue(action: Pick<ActionView, "dueOn" | "status">, today: string): boolean {
  return action.dueOn !== null && action.status !== "done" && action.dueOn < today;
}

export function countOverdueActions(actions: readonly Pick<ActionView, "dueOn" | "status">[], today: string): number {
  return actions.filter((action) => isActionOverdue(action, today)).length;
}

const STATUS_ORDER: Record<ActionStatus, number> = { doing: 0, open: 1, done: 2 };

/**
 * The plan's display order: overdue first, then what is not done before what is, then by due
 * day (undated last), then in the order they were agreed.
 */
export function sortActionPlan<T extends ActionView>(actions: readonly T[], today: string): T[] {
  const rank = (action: T) => (isActionOverdue(action, today) ? 0 : action.status === "done" ? 2 : 1);
  return [...actions].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999") ||
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      a.createdAt.localeCompare(b.createdAt),
  );
}
