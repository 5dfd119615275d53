/** The awareness state each client publishes (y-protocols awareness, one per connection). */
import { z } from "zod";
import { STAGE_IDS } from "./stages";

export const PresenceUser = z.object({
  id: z.string().max(64),
  name: z.string().max(60),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
});
export type PresenceUser = z.infer<typeof PresenceUser>;

export const PresenceState = z.object({
  user: PresenceUser,
  /** Stage the person is looking at now. */
  stage: z.enum(STAGE_IDS),
  /** tldraw's instance_presence record (cursor, selection, camera), as tldraw makes it. */
  presence: z.record(z.string(), z.unknown()).nullable().optional(),
});
export type PresenceState = z.infer<typeof PresenceState>;
