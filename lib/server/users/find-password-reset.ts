import { z } from "zod";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { hashPasswordResetToken } from "./password-reset-token";

export const passwordResetTokenSchema = z.string().min(20).max(200);

/**
 * Whose password the link `token` would reset, or null when it is unknown, used or expired
 * (the /reset page shows the form only for a working link).
 */
export async function findPasswordReset(
  token: string,
  prisma: DbClient = getPrisma(),
): Promise<{ userId: string; name: string; email: string | null; expiresAt: Date } | null> {
  const parsed = passwordResetTokenSchema.safeParse(token);
  if (!parsed.success) return null;
  const reset = await prisma.passwordReset.findUnique({
    where: { tokenHash: hashPasswordResetToken(parsed.data) },
    select: {
      expiresAt: true,
      usedAt: true,
      user: { select: { id: true, name: true, email: true } },
    },
  });
  if (!reset || reset.usedAt || reset.expiresAt <= new Date()) return null;
  return {
    userId: reset.user.id,
    name: reset.user.name,
    email: reset.user.email,
    expiresAt: reset.expiresAt,
  };
}
