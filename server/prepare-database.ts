/** Start-up database work: apply pending migrations, then seed the demo room on an empty database. */
import { migrateDatabase } from "@/lib/server/db/migrate";
import { databaseProvider } from "@/lib/server/db/client";
import { seedDemo } from "@/lib/server/rooms/seed-demo";
import { logger } from "@/lib/server/logger";

export async function prepareDatabase(): Promise<void> {
  const { applied } = await migrateDatabase();
  logger.info({ provider: databaseProvider(), applied }, "database ready");
  if (process.env.SEED_DEMO === "false") return;
  const demo = await seedDemo();
  if (!demo) return;
  // Printed once, on the first start: the only place the generated demo password appears.
  const lines = [
    "Demo room created. Join it at the address below with code " + demo.joinCode + ".",
    "Demo trainer: " + demo.trainerEmail +
      (demo.trainerPassword ? " / password: " + demo.trainerPassword : " (password from DEMO_TRAINER_PASSWORD)"),
  ];
  process.stdout.write(lines.map((line) => `  ${line}\n`).join(""));
}
