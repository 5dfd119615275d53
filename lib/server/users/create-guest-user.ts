import { z } from "zod";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { displayNameSchema, toPublicUser, type PublicUser } from "./user-input";

export const createGuestUserInput = z.object({ name: displayNameSchema });
export type CreateGuestUserInput = z.input<typeof createGuestUserInput>;

/** Creates a guest: someone who joined with a code and has no password or email. */
export async function createGuestUser(
  input: CreateGuestUserInput,
  prisma: DbClient = getPrisma(),
): Promise<PublicUser> {
  const { name } = createGuestUserInput.parse(input);
  const user = await prisma.user.create({ data: { kind: "guest", name } });
  return toPublicUser(user);
}
