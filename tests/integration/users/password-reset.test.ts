/** Trainer accounts: admin flag, counting, listing and one-time password links on a real database. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { countTrainers } from "@/lib/server/users/count-trainers";
import { createPasswordResetLink } from "@/lib/server/users/create-password-reset-link";
import { createTrainer } from "@/lib/server/users/create-trainer";
import { findPasswordReset } from "@/lib/server/users/find-password-reset";
import { listTrainers } from "@/lib/server/users/list-trainers";
import { hashPasswordResetToken } from "@/lib/server/users/password-reset-token";
import { resetPassword } from "@/lib/server/users/reset-password";
import { verifyTrainerPassword } from "@/lib/server/users/verify-trainer-password";
import {
  createTestDatabase,
  testDatabaseProvider,
  type TestDatabase,
} from "../../helpers/test-database";
import { expectAppError } from "../cohorts/test-helpers";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe(`trainer accounts on ${testDatabaseProvider()}`, () => {
  it("counts and lists trainers (not guests), with the admin flag", async () => {
    expect(await countTrainers()).toBe(0);
    const admin = await createTrainer({
      name: "Zoë Admin",
      email: "zoe@example.org",
      password: "first-password",
      isAdmin: true,
    });
    await createTrainer({ name: "Bram", email: "bram@example.org", password: "second-password" });
    await db.prisma.user.create({ data: { kind: "guest", name: "Guest" } });
    expect(await countTrainers()).toBe(2);
    const trainers = await listTrainers();
    expect(trainers.map((t) => [t.name, t.email, t.isAdmin])).toEqual([
      ["Bram", "bram@example.org", false],
      ["Zoë Admin", "zoe@example.org", true],
    ]);
    expect(trainers[1]).not.toHaveProperty("passwordHash");
    expect(trainers[1]?.id).toBe(admin.id);
  });

  it("resets a password with a link exactly once, storing only the token's hash", async () => {
    const trainer = await createTrainer({
      name: "Cor",
      email: "cor@example.org",
      password: "old-password",
    });
    const { token, expiresAt } = await createPasswordResetLink(trainer.id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const hoursValid = (expiresAt.getTime() - Date.now()) / 3_600_000;
    expect(hoursValid).toBeGreaterThan(23.9);
    expect(hoursValid).toBeLessThanOrEqual(24);
    const stored = await db.prisma.passwordReset.findFirstOrThrow({
      where: { userId: trainer.id },
    });
    expect(stored.tokenHash).toBe(hashPasswordResetToken(token));
    expect(stored.tokenHash).not.toContain(token);

    expect(await findPasswordReset(token)).toMatchObject({ userId: trainer.id, name: "Cor" });
    // A password the rules refuse does not spend the link.
    await expect(resetPassword(token, "short")).rejects.toBeInstanceOf(ZodError);
    const user = await resetPassword(token, "brand-new-password");
    expect(user).toMatchObject({ id: trainer.id, kind: "trainer" });
    expect(await verifyTrainerPassword("cor@example.org", "brand-new-password")).toMatchObject({
      id: trainer.id,
    });
    expect(await verifyTrainerPassword("cor@example.org", "old-password")).toBeNull();

    await expectAppError(resetPassword(token, "another-password"), "reset_link_invalid", 404);
    expect(await findPasswordReset(token)).toBeNull();
    expect(await verifyTrainerPassword("cor@example.org", "another-password")).toBeNull();
  });

  it("refuses expired and unknown links, and links for guests", async () => {
    const trainer = await createTrainer({
      name: "Dani",
      email: "dani@example.org",
      password: "dani-password",
    });
    const { token } = await createPasswordResetLink(trainer.id);
    await db.prisma.passwordReset.updateMany({
      where: { tokenHash: hashPasswordResetToken(token) },
      data: { expiresAt: new Date(Date.now() - 1_000) },
    });
    expect(await findPasswordReset(token)).toBeNull();
    await expectAppError(resetPassword(token, "too-late-password"), "reset_link_invalid", 404);
    expect(await verifyTrainerPassword("dani@example.org", "dani-password")).not.toBeNull();

    await expectAppError(
      resetPassword("x".repeat(43), "whatever-password"),
      "reset_link_invalid",
      404,
    );
    await expectAppError(resetPassword("short", "whatever-password"), "reset_link_invalid", 404);
    const guest = await db.prisma.user.create({ data: { kind: "guest", name: "G" } });
    await expectAppError(createPasswordResetLink(guest.id), "trainer_not_found", 404);
    await expectAppError(createPasswordResetLink("missing"), "trainer_not_found", 404);
  });

  it("lets only one of two simultaneous uses of a link win", async () => {
    const trainer = await createTrainer({
      name: "Eli",
      email: "eli@example.org",
      password: "eli-password",
    });
    const { token } = await createPasswordResetLink(trainer.id);
    const results = await Promise.allSettled([
      resetPassword(token, "winner-one-password"),
      resetPassword(token, "winner-two-password"),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  });
});
