/**
 * The start-up migration runner on a real database (SQLite, or PostgreSQL with
 * TEST_DATABASE=postgres): applies every migration once, records it like `prisma migrate
 * deploy`, and does nothing the second time or when several callers race.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/server/db/migrate";
import {
  createTestDatabase,
  testDatabaseProvider,
  type TestDatabase,
} from "../../helpers/test-database";

const provider = testDatabaseProvider();
const migrationsDir = path.resolve("prisma", provider, "migrations");
const migrationNames = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
  applied_steps_count: number | bigint;
}

async function migrationRows(db: TestDatabase): Promise<MigrationRow[]> {
  return db.prisma.$queryRawUnsafe<MigrationRow[]>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
  );
}

let db: TestDatabase | undefined;
afterEach(async () => {
  await db?.drop();
  db = undefined;
});

describe(`migrateDatabase on ${provider}`, () => {
  it("applies all migrations on an empty database, then nothing the second time", async () => {
    db = await createTestDatabase({ migrate: false });
    expect(migrationNames.length).toBeGreaterThan(0);

    expect(await migrateDatabase()).toEqual({ applied: migrationNames });
    expect(await migrateDatabase()).toEqual({ applied: [] });

    const rows = await migrationRows(db);
    expect(rows.map((row) => row.migration_name)).toEqual(migrationNames);
    for (const row of rows) {
      const sql = readFileSync(
        path.join(migrationsDir, row.migration_name, "migration.sql"),
        "utf8",
      );
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(Number(row.applied_steps_count)).toBe(1);
    }
    // The schema is usable through Prisma.
    expect(await db.prisma.user.count()).toBe(0);
  });

  it("applies each migration exactly once when several callers start together", async () => {
    db = await createTestDatabase({ migrate: false });
    const results = await Promise.all([migrateDatabase(), migrateDatabase(), migrateDatabase()]);
    expect(results.flatMap((result) => result.applied).sort()).toEqual(migrationNames);
    expect((await migrationRows(db)).map((row) => row.migration_name)).toEqual(migrationNames);
  });

  it("applies each migration exactly once when several processes start together", async () => {
    db = await createTestDatabase({ migrate: false });
    const runOne = () =>
      promisify(execFile)(
        process.execPath,
        ["--import", "tsx", "tests/integration/db/fixtures/run-migrate.ts"],
        {
          env: { ...process.env, DATABASE_URL: db!.url, LOG_LEVEL: "warn" },
        },
      );
    const outputs = await Promise.all([runOne(), runOne(), runOne()]);
    const applied = outputs.flatMap((output) => JSON.parse(output.stdout) as string[]);
    expect(applied.sort()).toEqual(migrationNames);
    expect((await migrationRows(db)).map((row) => row.migration_name)).toEqual(migrationNames);
  });

  it("refuses to continue past a migration Prisma recorded as failed", async () => {
    db = await createTestDatabase();
    const last = migrationNames[migrationNames.length - 1]!;
    await db.prisma.$executeRawUnsafe(
      `UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = '${last}'`,
    );
    await expect(migrateDatabase()).rejects.toThrow(/recorded as failed/);
  });

  it("deletes a room's rows with the room (cascade) and returns Bytes as Uint8Array", async () => {
    db = await createTestDatabase();
    const roomId = await db.createRoom("Cascade");
    await db.store.appendUpdates(roomId, [new Uint8Array([1, 2, 3])]);
    await db.prisma.joinCode.create({ data: { code: "CASC42", roomId } });

    const stored = await db.prisma.docUpdate.findFirstOrThrow({ where: { roomId } });
    expect(stored.data).toBeInstanceOf(Uint8Array);
    expect([...stored.data]).toEqual([1, 2, 3]);

    await db.prisma.room.delete({ where: { id: roomId } });
    const where = { where: { roomId } };
    expect(await db.prisma.docUpdate.count(where)).toBe(0);
    expect(await db.prisma.docSnapshot.count(where)).toBe(0);
    expect(await db.prisma.docVersion.count(where)).toBe(0);
    expect(await db.prisma.roomMember.count(where)).toBe(0);
    expect(await db.prisma.joinCode.count(where)).toBe(0);
    expect(await db.prisma.user.count()).toBe(1);
  });
});
