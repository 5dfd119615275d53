/** Trainer accounts and the demo seed on a real database. */
import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/server/errors";
import { findRoomAccess } from "@/lib/server/rooms/find-room-access";
import { joinRoomByCode } from "@/lib/server/rooms/join-room-by-code";
import { DEMO_JOIN_CODE, seedDemo } from "@/lib/server/rooms/seed-demo";
import { createTrainer } from "@/lib/server/users/create-trainer";
import { verifyTrainerPassword } from "@/lib/server/users/verify-trainer-password";
import {
  createTestDatabase,
  testDatabaseProvider,
  type TestDatabase,
} from "../../helpers/test-database";

let db: TestDatabase | undefined;
afterEach(async () => {
  await db?.drop();
  db = undefined;
  delete process.env.DEMO_TRAINER_PASSWORD;
});

describe(`trainers on ${testDatabaseProvider()}`, () => {
  it("creates a trainer with a hashed password and verifies it", async () => {
    db = await createTestDatabase();
    const trainer = await createTrainer({
      name: "Ada",
      email: " Ada@Example.COM ",
      password: "correct horse",
    });
    expect(trainer).toEqual({
      id: trainer.id,
      kind: "trainer",
      name: "Ada",
      email: "ada@example.com",
    });
    const stored = await db.prisma.user.findUniqueOrThrow({ where: { id: trainer.id } });
    expect(stored.passwordHash).toMatch(/^\$2[aby]\$/);
    expect(stored.passwordHash).not.toContain("correct horse");

    expect(await verifyTrainerPassword("ADA@example.com", "correct horse")).toMatchObject({
      id: trainer.id,
    });
    expect(await verifyTrainerPassword("ada@example.com", "wrong horse")).toBeNull();
    expect(await verifyTrainerPassword("nobody@example.com", "correct horse")).toBeNull();

    const duplicate = await createTrainer({
      name: "Ada 2",
      email: "ada@example.com",
      password: "another one",
    }).catch((error: unknown) => error);
    expect(duplicate).toBeInstanceOf(AppError);
    expect(duplicate).toMatchObject({ code: "email_taken", status: 409 });
    await expect(
      createTrainer({ name: "Bob", email: "not-an-email", password: "long enough" }),
    ).rejects.toThrow();
    await expect(
      createTrainer({ name: "Bob", email: "bob@example.com", password: "short" }),
    ).rejects.toThrow();
  });
});

describe(`seedDemo on ${testDatabaseProvider()}`, () => {
  it("seeds an empty database once, with a generated password it returns", async () => {
    db = await createTestDatabase();
    const seeded = await seedDemo();
    expect(seeded).toMatchObject({
      joinCode: DEMO_JOIN_CODE,
      trainerEmail: "trainer@cocreate.local",
    });
    expect(seeded!.trainerPassword).toMatch(/^\S{12,}$/);

    const trainer = await verifyTrainerPassword("trainer@cocreate.local", seeded!.trainerPassword!);
    expect(trainer).toMatchObject({ name: "Demo Trainer", kind: "trainer" });
    const joined = await joinRoomByCode({ code: "demo42", name: "Guest" });
    expect(joined.roomName).toBe("Demo: schoolplein van morgen");
    expect(await findRoomAccess(trainer!.id, joined.roomId)).toMatchObject({ facilitator: true });

    expect(await seedDemo()).toBeNull();
    expect(await db.prisma.room.count()).toBe(1);
  });

  it("uses DEMO_TRAINER_PASSWORD and does not return it", async () => {
    db = await createTestDatabase();
    process.env.DEMO_TRAINER_PASSWORD = "demo-password-123";
    const seeded = await seedDemo();
    expect(seeded).toEqual({ joinCode: DEMO_JOIN_CODE, trainerEmail: "trainer@cocreate.local" });
    expect(
      await verifyTrainerPassword("trainer@cocreate.local", "demo-password-123"),
    ).not.toBeNull();
  });

  it("does nothing when any user exists", async () => {
    db = await createTestDatabase();
    await db.prisma.user.create({ data: { kind: "guest", name: "Early bird" } });
    expect(await seedDemo()).toBeNull();
    expect(await db.prisma.room.count()).toBe(0);
  });
});
