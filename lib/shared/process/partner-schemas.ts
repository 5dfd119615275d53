/**
 * A group's stakeholder map: who is involved, their interest and influence (1–5) and whether
 * they actually took part. Shared by the routes, the services and the workbook page.
 */
import { z } from "zod";
import { RATING_MAX, RATING_MIN } from "./factors";

export const PARTNER_KINDS = ["teacher", "parent", "pupil", "youngPerson", "organisation", "other"] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const PARTNER_NAME_MAX = 120;
export const PARTNER_NOTE_MAX = 500;

const Score = z.number().int().min(RATING_MIN).max(RATING_MAX);
const Name = z.string().trim().min(1).max(PARTNER_NAME_MAX);
const Note = z
  .string()
  .trim()
  .max(PARTNER_NOTE_MAX)
  .nullish()
  .transform((value) => (value ? value : null));

/** POST …/groups/[groupId]/partners. */
export const CreatePartnerInput = z.object({
  name: Name,
  kind: z.enum(PARTNER_KINDS),
  interest: Score,
  influence: Score,
  tookPart: z.boolean().default(false),
  note: Note,
});
export type CreatePartnerInput = z.infer<typeof CreatePartnerInput>;

/** PATCH …/groups/[groupId]/partners/[partnerId]: what changes. */
export const UpdatePartnerInput = z
  .object({
    name: Name.optional(),
    kind: z.enum(PARTNER_KINDS).optional(),
    interest: Score.optional(),
    influence: Score.optional(),
    tookPart: z.boolean().optional(),
    note: Note.optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), {
    message: "Nothing to change",
  });
export type UpdatePartnerInput = z.infer<typeof UpdatePartnerInput>;

export interface PartnerView {
  id: string;
  name: string;
  kind: PartnerKind;
  interest: number;
  influence: number;
  tookPart: boolean;
  note: string | null;
}

/** GET …/groups/[groupId]/partners. */
export interface PartnerListView {
  /** Oldest first. */
  partners: PartnerView[];
  /** "Took part: n of m". */
  counts: { tookPart: number; total: number };
}

/** A stored kind that is not (or no longer) known reads as "other". */
export function toPartnerKind(kind: string): PartnerKind {
  return (PARTNER_KINDS as readonly string[]).includes(kind) ? (kind as PartnerKind) : "other";
}
