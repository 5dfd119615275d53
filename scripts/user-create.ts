/**
 * Creates a trainer account from the command line (the first account of an install, or any
 * later one), against the database the server would use (DATABASE_URL / DATA_DIR):
 *
 *   npm run user:create -- --email ann@example.org [--name "Ann"] [--password …] [--admin]
 *
 * Without --password a random one is generated and printed once (it is stored only as a hash).
 * Applies pending migrations first, so it works on a fresh data folder. Exits 1 with a message
 * for bad input or an email that already has an account.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { disconnectPrisma } from "@/lib/server/db/client";
import { migrateDatabase } from "@/lib/server/db/migrate";
import { AppError } from "@/lib/server/errors";
import { createTrainer } from "@/lib/server/users/create-trainer";

const USAGE =
  'Usage: npm run user:create -- --email ann@example.org [--name "Ann"] [--password SECRET] [--admin]';

function fail(message: string): never {
  process.stderr.write(`user:create: ${message}\n`);
  process.exit(1);
}

/** "ann.de-vries@example.org" → "Ann De Vries": a readable default the trainer can change later. */
function nameFromEmail(email: string): string {
  const local = email.split("@")[0] ?? email;
  const words = local.split(/[._+-]+/).filter(Boolean);
  const name = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(" ");
  return name || local;
}

async function main(): Promise<void> {
  let values: { email?: string; name?: string; password?: string; admin?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: "string" },
        name: { type: "string" },
        password: { type: "string" },
        admin: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const email = values.email?.trim();
  if (!email) fail(`--email is required.\n${USAGE}`);
  const generated = values.password === undefined;
  const password = values.password ?? randomBytes(12).toString("base64url");

  await migrateDatabase();
  try {
    const trainer = await createTrainer({
      email,
      name: values.name?.trim() || nameFromEmail(email),
      password,
      isAdmin: values.admin ?? false,
    });
    const role = values.admin ? "admin trainer" : "trainer";
    process.stdout.write(
      `Created ${role} ${trainer.name} <${trainer.email}> (id ${trainer.id}).\n`,
    );
    if (generated) {
      process.stdout.write(`Password (shown once, not stored in clear): ${password}\n`);
    }
  } catch (error) {
    if (error instanceof AppError && error.code === "email_taken") {
      fail(`an account with the email ${email} already exists.`);
    }
    if (error instanceof ZodError) {
      fail(error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
    }
    throw error;
  } finally {
    await disconnectPrisma();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `user:create failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
