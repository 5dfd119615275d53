/**
 * Room tokens: short-lived HS256 JWTs that let one user open one room's websocket with one role.
 * Minted by the token route after checking access; verified by the realtime server at upgrade.
 */
import { SignJWT, jwtVerify, errors as joseErrors } from "jose";
import { ROOM_TOKEN_TTL_SECONDS, RoomTokenClaims } from "@/lib/shared/realtime/room-token";

const AUDIENCE = "cocreate:room";

function keyFrom(secret: string): Uint8Array {
  return new TextEncoder().encode(`room-token:${secret}`);
}

/** Signs a room token for `claims`, valid for ROOM_TOKEN_TTL_SECONDS (or `ttlSeconds`). */
export async function mintRoomToken(
  claims: RoomTokenClaims,
  secret: string,
  ttlSeconds = ROOM_TOKEN_TTL_SECONDS,
): Promise<string> {
  const { sub, ...rest } = RoomTokenClaims.parse(claims);
  return new SignJWT(rest)
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(sub)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(keyFrom(secret));
}

export type RoomTokenCheck =
  | { ok: true; claims: RoomTokenClaims; expiresAt: number }
  | { ok: false; status: 401 | 403; reason: "missing" | "invalid" | "expired" | "wrong-room" };

/** Verifies `token` for `roomId`: 401 when missing, malformed, forged or expired; 403 for another room. */
export async function checkRoomToken(
  token: string | null | undefined,
  roomId: string,
  secret: string,
): Promise<RoomTokenCheck> {
  if (!token) return { ok: false, status: 401, reason: "missing" };
  try {
    const { payload } = await jwtVerify(token, keyFrom(secret), {
      audience: AUDIENCE,
      algorithms: ["HS256"],
    });
    const claims = RoomTokenClaims.safeParse(payload);
    if (!claims.success || typeof payload.exp !== "number") {
      return { ok: false, status: 401, reason: "invalid" };
    }
    if (claims.data.room !== roomId) return { ok: false, status: 403, reason: "wrong-room" };
    return { ok: true, claims: claims.data, expiresAt: payload.exp * 1000 };
  } catch (error) {
    const reason = error instanceof joseErrors.JWTExpired ? "expired" : "invalid";
    return { ok: false, status: 401, reason };
  }
}
