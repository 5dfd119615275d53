import { AppError } from "@/lib/server/errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { emailSchema } from "@/lib/server/users/user-input";
import type { CohortTrainerInfo } from "./get-cohort-overview";

/**
 * Adds the trainer account with `email` as a co-trainer (same rights on the cohort as the owner,
 * except removing co-trainers). Someone already training the cohort keeps their role.
 * Throws AppError("trainer_not_found", 404) when no trainer account has that email: accounts
 * are made by an admin, not here.
 */
export async function addCoTrainer(
  cohortId: string,
  email: string,
  prisma: DbClient = getPrisma(),
): Promise<CohortTrainerInfo> {
  const address = emailSchema.parse(email);
  const cohort = await prisma.cohort.findUnique({ where: { id: cohortId }, select: { id: true } });
  if (!cohort) throw new AppError("cohort_not_found", 404, "This cohort does not exist.");
  const trainer = await prisma.user.findUnique({
    where: { email: address },
    select: { id: true, kind: true, name: true, email: true },
  });
  if (trainer?.kind !== "trainer") {
    throw new AppError("trainer_not_found", 404, "No trainer account has this email address.");
  }
  const link = await prisma.cohortTrainer.upsert({
    where: { cohortId_userId: { cohortId, userId: trainer.id } },
    create: { cohortId, userId: trainer.id, role: "co" },
    update: {},
    select: { role: true },
  });
  return {
    userId: trainer.id,
    name: trainer.name,
    email: trainer.email,
    role: link.role === "owner" ? "owner" : "co",
  };
}
