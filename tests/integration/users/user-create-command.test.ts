/**
 * `npm run user:create` as an administrator runs it: a child process on a fresh data folder
 * (SQLite) or the test's PostgreSQL database.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyTrainerPassword } from "@/lib/server/users/verify-trainer-password";
import {
  createTestDatabase,
  testDatabaseProvider,
  type TestDatabase,
} from "../../helpers/test-database";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

let db: TestDatabase;
beforeAll(async () => {
  // Not migrated: the command must bring a fresh database up to date itself.
  db = await createTestDatabase({ migrate: false });
});
afterAll(async () => {
  await db?.drop();
});

async function userCreate(...args: string[]) {
  const env = {
    ...process.env,
    DATA_DIR: db.dataDir,
    DATABASE_URL: db.url,
    CHECKPOINT_DISABLE: "1",
    LOG_LEVEL: "warn",
  };
  try {
    const { stdout, stderr } = await run(TSX, ["scripts/user-create.ts", ...args], {
      cwd: ROOT,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

describe(`user:create on ${testDatabaseProvider()}`, () => {
  it("creates an admin with a generated password it prints once", async () => {
    const result = await userCreate("--email", "Ann.Peeters@Example.org", "--admin");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Created admin trainer Ann Peeters <ann.peeters@example.org>");
    const password = /Password \(shown once[^)]*\): (\S+)/.exec(result.stdout)?.[1];
    expect(password).toBeTruthy();

    const user = await db.prisma.user.findUniqueOrThrow({
      where: { email: "ann.peeters@example.org" },
    });
    expect(user).toMatchObject({ kind: "trainer", isAdmin: true, name: "Ann Peeters" });
    expect(user.passwordHash).not.toContain(password!);
    expect(await verifyTrainerPassword("ann.peeters@example.org", password!)).toMatchObject({
      id: user.id,
    });
  }, 60_000);

  it("creates a plain trainer with a given name and password, and prints no password", async () => {
    const result = await userCreate(
      "--email",
      "bo@example.org",
      "--name",
      "Bo de Smet",
      "--password",
      "given-password",
    );
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("given-password");
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "bo@example.org" } });
    expect(user).toMatchObject({ name: "Bo de Smet", isAdmin: false });
    expect(await verifyTrainerPassword("bo@example.org", "given-password")).not.toBeNull();
  }, 60_000);

  it("exits non-zero with a clear message on a duplicate email or bad input", async () => {
    const duplicate = await userCreate("--email", "BO@example.org");
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain("already exists");

    const badEmail = await userCreate("--email", "not-an-email");
    expect(badEmail.code).toBe(1);
    expect(badEmail.stderr).toMatch(/email/i);

    const shortPassword = await userCreate("--email", "cy@example.org", "--password", "short");
    expect(shortPassword.code).toBe(1);
    expect(shortPassword.stderr).toContain("at least 8 characters");

    const missing = await userCreate();
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("--email is required");
    expect(await db.prisma.user.count()).toBe(2);
  }, 60_000);
});
