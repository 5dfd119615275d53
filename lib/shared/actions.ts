/**
 * Agreed actions of a room (the action plan). The model and services exist since issue 5, whose
 * PDF report lists them; issue 6 adds the routes and the UI on these schemas.
 */
import { z } from "zod";
import { STAGE_IDS } from "./stages";

export const ACTION_TITLE_MAX = 300;
export const ACTION_TEXT_MAX = 200;
export const ACTION_STATUSES = ["open", "doing", "done"] as const;

export const ActionStatus = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof ActionStatus>;

/** "" or null from a form field means "no value". */
const optionalText = z
  .string()
  .trim()
  .max(ACTION_TEXT_MAX)
  .nullable()
  .optional()
  .transform((value) => (value ? value : null));

export const CreateActionInput = z.object({
  title: z.string().trim().min(1).max(ACTION_TITLE_MAX),
  ownerName: optionalText,
  partners: optionalText,
  /** A calendar day ("2027-01-31"), stored as midnight UTC. */
  dueOn: z
    .union([z.iso.date(), z.literal(""), z.null()])
    .optional()
    .transform((value) => (value ? new Date(`${value}T00:00:00.000Z`) : null)),
  status: ActionStatus.default("open"),
  stageId: z
    .enum(STAGE_IDS)
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  /** The sticky note the action came from (a tldraw shape id). */
  sourceNoteId: z
    .string()
    .regex(/^shape:[\w-]{1,80}$/)
    .nullable()
    .optional()
    .transform((value) => value ?? null),
});
export type CreateActionInput = z.input<typeof CreateActionInput>;

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
