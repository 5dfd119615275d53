import { z } from "zod";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { checkPassword, dummyPasswordHash } from "./password-hash";
import { toPublicUser, type PublicUser } from "./user-input";

const credentialsInput = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(1024),
});

/**
 * Returns the trainer when email and password match, else null (same answer and about the same
 * time for an unknown email, a guest, or a wrong password).
 */
export async function verifyTrainerPassword(
  email: string,
  password: string,
  prisma: DbClient = getPrisma(),
): Promise<PublicUser | null> {
  const parsed = credentialsInput.safeParse({ email, password });
  if (!parsed.success) return null;
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email } });
  const trainerHash = user?.kind === "trainer" ? user.passwordHash : null;
  const matches = await checkPassword(
    parsed.data.password,
    trainerHash ?? (await dummyPasswordHash()),
  );
  return matches && user && trainerHash ? toPublicUser(user) : null;
}
