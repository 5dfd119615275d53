/** Creates `count` empty rooms owned by one bench trainer, in one transaction; returns their ids. */
import { randomUUID } from "node:crypto";
import type { DbClient } from "@/lib/server/db/client";

const BENCH_OWNER_ID = "bench-owner";

export async function createBenchRooms(prisma: DbClient, count: number): Promise<string[]> {
  const roomIds = Array.from(
    { length: count },
    () => `bench${randomUUID().replaceAll("-", "").slice(0, 20)}`,
  );
  await prisma.$transaction([
    prisma.user.upsert({
      where: { id: BENCH_OWNER_ID },
      create: { id: BENCH_OWNER_ID, kind: "trainer", name: "Bench trainer" },
      update: {},
    }),
    prisma.room.createMany({
      data: roomIds.map((id, index) => ({
        id,
        name: `Bench room ${index + 1}`,
        ownerId: BENCH_OWNER_ID,
      })),
    }),
  ]);
  return roomIds;
}
