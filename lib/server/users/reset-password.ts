import { AppError } from "@/lib/server/errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { hashPassword } from "./password-hash";
import { passwordResetTokenSchema } from "./find-password-reset";
import { hashPasswordResetToken } from "./password-reset-token";
import { newPasswordSchema, toPublicUser, type PublicUser } from "./user-input";

function invalidLink(): AppError {
  return new AppError(
    "reset_link_invalid",
    404,
    "This password link does not work (any more). Ask your admin for a new one.",
  );
}

/**
 * Sets a new password with a one-time link. The link is spent in the same transaction that
 * stores the password (a conditional update, so two simultaneous uses cannot both succeed).
 * Throws AppError("reset_link_invalid", 404) for an unknown, used or expired link, and a
 * ZodError for a password the rules refuse (before the link is spent).
 */
export async function resetPassword(
  token: string,
  newPassword: string,
  prisma: DbClient = getPrisma(),
): Promise<PublicUser> {
  const password = newPasswordSchema.parse(newPassword);
  const parsedToken = passwordResetTokenSchema.safeParse(token);
  if (!parsedToken.success) throw invalidLink();
  const tokenHash = hashPasswordResetToken(parsedToken.data);
  const passwordHash = await hashPassword(password);
  const now = new Date();

  return prisma.$transaction(async (tx) => {
    const spent = await tx.passwordReset.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (spent.count !== 1) throw invalidLink();
    const reset = await tx.passwordReset.findUniqueOrThrow({
      where: { tokenHash },
      select: { userId: true },
    });
    const user = await tx.user.update({
      where: { id: reset.userId },
      data: { passwordHash },
    });
    return toPublicUser(user);
  });
}
