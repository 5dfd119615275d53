/**
 * Inputs of the account routes (first-run setup, adding a trainer, password reset), shared by
 * the forms and the route handlers so both sides apply the same limits.
 */
import { z } from "zod";
import { DISPLAY_NAME_MAX } from "./join-schema";

/** New passwords: at least 10 characters; bcrypt reads at most 72 bytes, so refuse longer. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_BYTES = 72;

const utf8Length = (value: string) => new TextEncoder().encode(value).length;

export const NewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .refine((value) => utf8Length(value) <= PASSWORD_MAX_BYTES, `Use at most ${PASSWORD_MAX_BYTES} bytes`);

export const TrainerName = z.string().trim().min(1).max(DISPLAY_NAME_MAX);
export const TrainerEmail = z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(254));

/** POST /api/setup: the first (admin) trainer account. */
export const SetupRequest = z.object({ name: TrainerName, email: TrainerEmail, password: NewPassword });
export type SetupRequest = z.infer<typeof SetupRequest>;

/** POST /api/admin/trainers: an admin adds a trainer, who sets a password through a reset link. */
export const AddTrainerRequest = z.object({ name: TrainerName, email: TrainerEmail });
export type AddTrainerRequest = z.infer<typeof AddTrainerRequest>;

/** POST /api/password-reset: the one-time token from the link and the new password. */
export const PasswordResetRequest = z.object({ token: z.string().trim().min(1).max(200), password: NewPassword });
export type PasswordResetRequest = z.infer<typeof PasswordResetRequest>;

/**
 * Where to go after sign-in: only places on this site, never another origin (open redirect).
 * next-auth hands absolute URLs (`?callbackUrl=http://host/rooms/x`); with `origin` given, those
 * are accepted when they point at this origin and are reduced to their path.
 */
export function safeCallbackPath(value: unknown, origin?: string, fallback = "/trainer"): string {
  if (typeof value !== "string" || value.length === 0 || value.includes("\\")) return fallback;
  if (value.startsWith("/")) return value.startsWith("//") ? fallback : value;
  if (!origin) return fallback;
  try {
    const url = new URL(value);
    return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}

/** A trainer account as the admin page shows it. */
export interface TrainerSummary {
  id: string;
  name: string;
  email: string | null;
  isAdmin: boolean;
}

/** A one-time password link as the admin routes hand it out. */
export interface ResetLinkSummary {
  url: string;
  /** ISO timestamp */
  expiresAt: string;
  mailed: boolean;
}
