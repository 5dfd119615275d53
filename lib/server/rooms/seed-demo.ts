import { randomBytes } from "node:crypto";
import { AppError } from "@/lib/server/errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { isUniqueViolation } from "@/lib/server/db/prisma-errors";
import { createTrainer } from "@/lib/server/users/create-trainer";
import { createRoom } from "./create-room";

export const DEMO_TRAINER_EMAIL = "trainer@cocreate.local";
export const DEMO_TRAINER_NAME = "Demo Trainer";
export const DEMO_ROOM_NAME = "Demo: schoolplein van morgen";
export const DEMO_JOIN_CODE = "DEMO42";

export interface DemoSeed {
  joinCode: string;
  trainerEmail: string;
  /** Set only when the password was generated here; print it once, it is not stored in clear. */
  trainerPassword?: string;
}

/**
 * On a database without users, creates a demo trainer and a demo room (join code DEMO42) so a
 * fresh install has something to open. The password comes from DEMO_TRAINER_PASSWORD or is
 * generated and returned. Returns null when users exist already (including when another
 * process seeded at the same moment).
 */
export async function seedDemo(prisma: DbClient = getPrisma()): Promise<DemoSeed | null> {
  if ((await prisma.user.count()) > 0) return null;
  const configured = process.env.DEMO_TRAINER_PASSWORD?.trim();
  const password = configured || randomBytes(12).toString("base64url");
  let trainerId: string;
  try {
    // The first account of a fresh install administers it (adds trainers, hands out reset links).
    const trainer = await createTrainer(
      { name: DEMO_TRAINER_NAME, email: DEMO_TRAINER_EMAIL, password, isAdmin: true },
      prisma,
    );
    trainerId = trainer.id;
  } catch (error) {
    if (error instanceof AppError && error.code === "email_taken") return null;
    if (isUniqueViolation(error)) return null;
    throw error;
  }
  const room = await createRoom(
    { name: DEMO_ROOM_NAME, ownerId: trainerId, joinCode: DEMO_JOIN_CODE },
    prisma,
  );
  return {
    joinCode: room.joinCode ?? DEMO_JOIN_CODE,
    trainerEmail: DEMO_TRAINER_EMAIL,
    ...(configured ? {} : { trainerPassword: password }),
  };
}
