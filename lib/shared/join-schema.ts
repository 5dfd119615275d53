/** Input of POST /api/join, shared by the join form and the route. */
import { z } from "zod";

export const DISPLAY_NAME_MAX = 40;

export const JoinRequest = z.object({
  code: z.string().trim().min(1).max(12),
  name: z.string().trim().min(1).max(DISPLAY_NAME_MAX),
});
export type JoinRequest = z.infer<typeof JoinRequest>;
