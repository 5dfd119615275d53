import { AppError } from "@/lib/server/errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import {
  PASSWORD_RESET_TTL_MS,
  hashPasswordResetToken,
  newPasswordResetToken,
} from "./password-reset-token";

/**
 * Makes a one-time password link for trainer `userId` (the admin hands it over, or it is mailed):
 * returns the token for `/reset/<token>`, valid for 24 hours; only its hash is stored. Earlier
 * links stay valid until used or expired. Throws AppError("trainer_not_found", 404).
 */
export async function createPasswordResetLink(
  userId: string,
  prisma: DbClient = getPrisma(),
): Promise<{ token: string; expiresAt: Date }> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { kind: true } });
  if (user?.kind !== "trainer") {
    throw new AppError("trainer_not_found", 404, "This trainer account does not exist.");
  }
  const token = newPasswordResetToken();
  const expiresAt = new Date(Date.now() + PASSWORD_RESET_TTL_MS);
  await prisma.passwordReset.create({
    data: { userId, tokenHash: hashPasswordResetToken(token), expiresAt },
    select: { id: true },
  });
  return { token, expiresAt };
}
