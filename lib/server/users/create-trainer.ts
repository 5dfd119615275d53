import { z } from "zod";
import { AppError } from "@/lib/server/errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { isUniqueViolation } from "@/lib/server/db/prisma-errors";
import { hashPassword } from "./password-hash";
import {
  displayNameSchema,
  emailSchema,
  newPasswordSchema,
  toPublicUser,
  type PublicUser,
} from "./user-input";

export const createTrainerInput = z.object({
  name: displayNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  /** Admins add trainers and hand out reset links; the first account is one. */
  isAdmin: z.boolean().default(false),
});
export type CreateTrainerInput = z.input<typeof createTrainerInput>;

/**
 * Creates a trainer account (email stored lower-cased, password as a bcrypt hash), an admin when
 * `isAdmin` is set.
 * Throws AppError("email_taken", 409) when the email already has an account.
 */
export async function createTrainer(
  input: CreateTrainerInput,
  prisma: DbClient = getPrisma(),
): Promise<PublicUser> {
  const { name, email, password, isAdmin } = createTrainerInput.parse(input);
  const passwordHash = await hashPassword(password);
  try {
    const user = await prisma.user.create({
      data: { kind: "trainer", name, email, passwordHash, isAdmin },
    });
    return toPublicUser(user);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("email_taken", 409, "An account with this email already exists.");
    }
    throw error;
  }
}
