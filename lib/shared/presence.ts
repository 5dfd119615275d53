/** The awareness state each client publishes (y-protocols awareness, one per connection). */
import { z } from "zod";
import { STAGE_IDS } from "./stages";

export const PresenceUser = z.object({
  id: z.string().max(64),
  name: z.string().max(60),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
});
export type PresenceUser = z.infer<typeof PresenceUser>;

/** The emoji reactions anyone can send; names, not emoji, travel (a client cannot send others). */
export const REACTION_KINDS = ["thumbs-up", "heart", "laugh", "party", "idea", "question"] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

export const PresenceReaction = z.object({
  kind: z.enum(REACTION_KINDS),
  /** Sender's clock (ms) when sent: tells a new reaction from the same one seen again. */
  at: z.number(),
});
export type PresenceReaction = z.infer<typeof PresenceReaction>;

export const PresenceState = z.object({
  user: PresenceUser,
  /** Stage the person is looking at now. */
  stage: z.enum(STAGE_IDS),
  /** tldraw's instance_presence record (cursor, selection, camera), as tldraw makes it. */
  presence: z.record(z.string(), z.unknown()).nullable().optional(),
  /** The emoji reaction the person sent last, while it shows (a few seconds); else null. */
  reaction: PresenceReaction.nullable().optional(),
});
export type PresenceState = z.infer<typeof PresenceState>;
