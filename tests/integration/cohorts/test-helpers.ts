/** Small helpers the cohort and user integration tests share (not a test file itself). */
import { expect } from "vitest";
import { AppError } from "@/lib/server/errors";
import type { DbClient } from "@/lib/server/db/client";

/** Awaits `promise` and checks it failed with AppError(code, status). */
export async function expectAppError(promise: Promise<unknown>, code: string, status: number) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code, status });
}

let counter = 0;

/** A trainer account without a password (these tests do not sign in). */
export async function makeTrainer(prisma: DbClient, name = "Trainer", isAdmin = false) {
  counter += 1;
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${counter}.${Date.now()}@example.org`;
  return prisma.user.create({
    data: { kind: "trainer", name, email, isAdmin },
    select: { id: true, name: true, email: true, kind: true },
  });
}

/** The open participant code of a cohort, read from the database. */
export async function openCodeOf(prisma: DbClient, cohortId: string): Promise<string | null> {
  const code = await prisma.joinCode.findFirst({
    where: { cohortId, closedAt: null },
    select: { code: true },
  });
  return code?.code ?? null;
}
