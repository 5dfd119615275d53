import { createHash, randomBytes } from "node:crypto";

/** A reset link works for a day, and once. */
export const PASSWORD_RESET_TTL_MS = 24 * 60 * 60 * 1000;

/** 32 random bytes, URL-safe: the secret part of /reset/<token>. */
export function newPasswordResetToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * What is stored instead of the token: a database leak must not hand out working links. The
 * token is random and long, so a plain SHA-256 (no salt, no slow hash) is enough.
 */
export function hashPasswordResetToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
