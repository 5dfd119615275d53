/**
 * Claims carried by a room token: a short-lived HS256 JWT minted by
 * `GET /api/rooms/<roomId>/token` and checked by the realtime server at upgrade.
 */
import { z } from "zod";

export const RoomRole = z.enum(["editor", "viewer"]);
export type RoomRole = z.infer<typeof RoomRole>;

export const RoomTokenClaims = z.object({
  /** Room id the token is valid for. */
  room: z.string().min(1).max(64),
  /** User id of the holder. */
  sub: z.string().min(1).max(64),
  /** Display name, shown to others in presence. */
  name: z.string().min(1).max(60),
  role: RoomRole,
  /** May set room-level state (active stage) for everyone. */
  facilitator: z.boolean(),
});
export type RoomTokenClaims = z.infer<typeof RoomTokenClaims>;

/** Lifetime of a room token; clients fetch a fresh one before each (re)connect. */
export const ROOM_TOKEN_TTL_SECONDS = 10 * 60;
