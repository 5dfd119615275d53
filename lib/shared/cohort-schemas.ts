/**
 * Request bodies of the cohort routes (app/api/cohorts/**), shared by the forms that send them and
 * the routes that parse them. The services validate again; these keep bad input at the door.
 */
import { z } from "zod";

export const COHORT_NAME_MAX = 120;
export const SESSION_TITLE_MAX = 160;
export const GROUP_NAME_MAX = 60;
export const PARTICIPANT_NAME_MAX = 40;

/** "" from an empty form field means "no value". */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional();

/** A calendar day ("2025-03-01") or a full ISO timestamp; "" or null clears it. */
const optionalDate = z
  .union([z.iso.date(), z.iso.datetime({ offset: true }), z.literal(""), z.null()])
  .transform((value) => (value ? new Date(value) : null))
  .optional();

export const sessionKindSchema = z.enum(["session", "work"]);
export type SessionKind = z.infer<typeof sessionKindSchema>;

export const CreateCohortRequest = z.object({
  name: z.string().trim().min(1).max(COHORT_NAME_MAX),
  organisation: optionalText(COHORT_NAME_MAX),
  startsOn: optionalDate,
  endsOn: optionalDate,
  fromProgramme: z.boolean().default(true),
});

export const UpdateCohortRequest = z.object({
  name: z.string().trim().min(1).max(COHORT_NAME_MAX).optional(),
  organisation: optionalText(COHORT_NAME_MAX),
  startsOn: optionalDate,
  endsOn: optionalDate,
});

export const AddSessionRequest = z.object({
  title: z.string().trim().min(1).max(SESSION_TITLE_MAX),
  kind: sessionKindSchema.default("session"),
  startsAt: optionalDate,
});

export const UpdateSessionRequest = z.object({
  title: z.string().trim().min(1).max(SESSION_TITLE_MAX).optional(),
  kind: sessionKindSchema.optional(),
  startsAt: optionalDate,
});

export const ReorderSessionsRequest = z.object({
  sessionIds: z.array(z.string().min(1).max(64)).min(1).max(200),
});

export const GroupNameRequest = z.object({
  name: z.string().trim().min(1).max(GROUP_NAME_MAX),
});

export const UpdateParticipantRequest = z
  .object({
    displayName: z.string().trim().min(1).max(PARTICIPANT_NAME_MAX).optional(),
    /** null takes the participant out of every group. */
    groupId: z.string().min(1).max(64).nullable().optional(),
  })
  .refine((body) => body.displayName !== undefined || body.groupId !== undefined, {
    message: "Give displayName or groupId",
  });

export const CoTrainerRequest = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
});

/** What GET /api/cohorts/[id]/sessions/[sessionId]/rooms answers. */
export interface SessionRoomsResponse {
  rooms: { groupId: string; groupName: string; roomId: string; people: number }[];
}
