/**
 * The one session cookie (next-auth's JWT session). Trainers get it from next-auth's sign-in;
 * guests get the same kind of cookie from POST /api/join, so every route reads one session.
 */
import { encode } from "next-auth/jwt";
import { loadAuthSecret } from "./auth-secret";

/** Secure cookies whenever the public URL is https (set NEXTAUTH_URL behind TLS). */
export function wantsSecureCookies(): boolean {
  return process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}

export function sessionCookieName(): string {
  return `${wantsSecureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

/** Guests keep their identity on this device for 180 days. */
export const GUEST_SESSION_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

export interface SessionClaims {
  sub: string;
  name: string;
  kind: "trainer" | "guest";
}

/** Encodes a next-auth compatible session token for `claims`. */
export async function encodeSessionToken(
  claims: SessionClaims,
  maxAge = GUEST_SESSION_MAX_AGE_SECONDS,
): Promise<string> {
  return encode({ token: { ...claims }, secret: loadAuthSecret(), maxAge });
}

export function sessionCookieOptions(maxAge = GUEST_SESSION_MAX_AGE_SECONDS) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: wantsSecureCookies(),
    maxAge,
  };
}
