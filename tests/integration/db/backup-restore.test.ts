/**
 * `npm run db:backup` / `npm run db:restore` as an administrator runs them (child processes), on
 * SQLite or, with TEST_DATABASE=postgres, PostgreSQL: a room with notes and versions is backed
 * up, its database dropped, the backup restored into an empty database, and the room is there
 * exactly as it was — same records, same versions, same migration history.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { YKeyValue } from "y-utility/y-keyvalue";
import { migrateDatabase } from "@/lib/server/db/migrate";
import { loadRoomDoc } from "@/lib/server/exports/load-room-doc";
import { listRoomVersions } from "@/lib/server/history/list-room-versions";
import { loadVersionDoc } from "@/lib/server/history/load-version";
import { getRecordsArray } from "@/lib/shared/realtime/doc-layout";
import { noteRecord } from "../../helpers/board-records";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

/** Runs `scripts/db/<script>.ts args…` against `db`; resolves with its exit code and output. */
async function dbCommand(script: "backup" | "restore", db: TestDatabase, ...args: string[]) {
  const env = { ...process.env, DATA_DIR: db.dataDir, DATABASE_URL: db.url, LOG_LEVEL: "warn" };
  try {
    const { stdout, stderr } = await run(TSX, [`scripts/db/${script}.ts`, ...args], { cwd: ROOT, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Everything a person would see of the room: its records, and each version's records. */
async function roomState(db: TestDatabase, roomId: string) {
  const records = (doc: Y.Doc) =>
    Object.fromEntries([...new YKeyValue(getRecordsArray(doc)).map].sort(([a], [b]) => a.localeCompare(b)));
  const versions = await listRoomVersions(roomId, db.prisma);
  return {
    records: records(await loadRoomDoc(roomId, db.prisma)),
    versions,
    versionRecords: await Promise.all(
      versions.map(async (version) => records(await loadVersionDoc(roomId, version.id, db.prisma))),
    ),
    stored: await db.store.load(roomId).then(({ lastSeq, updates }) => ({ lastSeq, updates: updates.length })),
  };
}

/** Writes a note the way the realtime server stores a client's edit: one update appended. */
async function addNote(db: TestDatabase, roomId: string, doc: Y.Doc, id: string, text: string) {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  doc.on("update", collect);
  new YKeyValue(getRecordsArray(doc)).set(id, noteRecord(id, "page:ideate", text, "user:anna"));
  doc.off("update", collect);
  await db.store.appendUpdates(roomId, updates);
}

describe("database backup and restore", () => {
  const backupDir = mkdtempSync(path.join(tmpdir(), "cocreate-backup-"));
  const backupFile = path.join(backupDir, "cocreate.backup");
  let source: TestDatabase | undefined;
  let target: TestDatabase | undefined;
  let roomId: string;
  let before: Awaited<ReturnType<typeof roomState>>;

  beforeAll(async () => {
    source = await createTestDatabase();
    roomId = await source.createRoom("Groep 1");
    const doc = await loadRoomDoc(roomId, source.prisma);
    await addNote(source, roomId, doc, "shape:note-a", "Meer groen op het plein");
    await addNote(source, roomId, doc, "shape:note-b", "Een stille ruimte");
    // Part of the history in a snapshot, part as later updates, and a version in between.
    await source.store.compact(roomId);
    await source.store.saveVersion(roomId, Y.encodeStateAsUpdate(doc), "interval");
    await addNote(source, roomId, doc, "shape:note-c", "Fietsenstalling — “overdekt”");
    await source.store.saveVersion(roomId, Y.encodeStateAsUpdate(doc), "stage", "ideate");
    before = await roomState(source, roomId);
  });
  afterAll(async () => {
    await source?.drop();
    await target?.drop();
    rmSync(backupDir, { recursive: true, force: true });
  });

  it("backs up, and restores into an empty database with the room intact", async () => {
    expect(Object.keys(before.records).filter((id) => id.startsWith("shape:note-"))).toHaveLength(3);
    expect(before.versions.length).toBeGreaterThanOrEqual(2);

    const backup = await dbCommand("backup", source!, backupFile);
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(existsSync(backupFile)).toBe(true);
    expect(existsSync(`${backupFile}.partial`)).toBe(false);

    // The original is gone: only the backup file is left.
    await source!.drop();
    source = undefined;
    target = await createTestDatabase({ migrate: false });
    const restored = await dbCommand("restore", target, backupFile);
    expect(restored.stderr).toBe("");
    expect(restored.code).toBe(0);

    expect(await roomState(target, roomId)).toEqual(before);
    // The migration history came along: starting the server on it migrates nothing.
    expect((await migrateDatabase()).applied).toEqual([]);
  });

  it("refuses to restore over a database that has tables, unless --force", async () => {
    const refused = await dbCommand("restore", target!, backupFile);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not empty.*--force/);

    await target!.prisma.docVersion.deleteMany({ where: { roomId } });
    const forced = await dbCommand("restore", target!, backupFile, "--force");
    expect(forced.stderr).toBe("");
    expect(forced.code).toBe(0);
    expect(await roomState(target!, roomId)).toEqual(before);
  });

  it("refuses a file that is not a backup", async () => {
    const refused = await dbCommand("restore", target!, path.join(ROOT, "package.json"), "--force");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not a Cocreate backup/);
  });
});
