/** Input rules for people: what users type, checked with zod before it reaches the database. */
import { z } from "zod";
import { DISPLAY_NAME_MAX } from "@/lib/shared/join-schema";

export const displayNameSchema = z.string().trim().min(1, "Name is required").max(DISPLAY_NAME_MAX);

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email())
  .pipe(z.string().max(254));

/** bcrypt reads at most 72 bytes; longer passwords would be silently truncated. */
export const newPasswordSchema = z
  .string()
  .min(8, "Use at least 8 characters")
  .refine((value) => Buffer.byteLength(value, "utf8") <= 72, "Use at most 72 bytes");

export type UserKind = "trainer" | "guest";

/** The user as services hand it out: never the password hash. */
export interface PublicUser {
  id: string;
  kind: UserKind;
  name: string;
  email: string | null;
}

export function toPublicUser(user: {
  id: string;
  kind: string;
  name: string;
  email: string | null;
}): PublicUser {
  return {
    id: user.id,
    kind: user.kind === "trainer" ? "trainer" : "guest",
    name: user.name,
    email: user.email,
  };
}
