/**
 * Room exports on a real database (SQLite, or PostgreSQL with TEST_DATABASE=postgres): the notes
 * CSV read back with a CSV parser, and a backup imported into a new room.
 */
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { exportRoomBackup, importRoomBackup } from "@/lib/server/exports/backup";
import { loadRoomDoc } from "@/lib/server/exports/load-room-doc";
import { notesCsv, readRecords } from "@/lib/server/exports/notes-csv";
import { getRecordsArray, getRoomMap, RoomKey } from "@/lib/shared/realtime/doc-layout";
import { noteRecord } from "../../helpers/board-records";
import {
  createTestDatabase,
  testDatabaseProvider,
  type TestDatabase,
} from "../../helpers/test-database";

let db: TestDatabase;
let roomId: string;
let ownerId: string;

const note = noteRecord;

/** Writes notes, a frame, users and an ended vote into the room through the document store. */
async function fillRoom(): Promise<void> {
  const doc = await loadRoomDoc(roomId, db.prisma);
  const before = Y.encodeStateVector(doc);
  const kv = new YKeyValue(getRecordsArray(doc));
  doc.transact(() => {
    kv.set("user:alice", { id: "user:alice", typeName: "user", name: "Alice Ünal" });
    kv.set("shape:frame1", {
      id: "shape:frame1",
      typeName: "shape",
      type: "frame",
      parentId: "page:ideate",
      props: { name: 'Kansen, "groot"', w: 400, h: 300 },
    });
    kv.set("shape:n1", note("shape:n1", "page:empathize", "Klant wacht lang", "user:alice"));
    kv.set("shape:n2", note("shape:n2", "shape:frame1", "Idee met komma, en\nregel", "user:alice"));
    kv.set("shape:n3", note("shape:n3", "page:ideate", "Anoniem idee", null));
    getRoomMap(doc).set(RoomKey.vote, {
      sessionId: "s1",
      stageId: "ideate",
      votesPerPerson: 3,
      maxPerNote: 3,
      status: "ended",
      results: { "shape:n2": 3, "shape:n1": 2 },
      endedAt: 1,
    });
  });
  await db.store.appendUpdates(roomId, [Y.encodeStateAsUpdate(doc, before)]);
}

beforeAll(async () => {
  db = await createTestDatabase();
  roomId = await db.createRoom("Groep 1: Café");
  ownerId = (await db.prisma.room.findUniqueOrThrow({ where: { id: roomId } })).ownerId;
  await fillRoom();
});
afterAll(async () => {
  await db?.drop();
});

describe(`room exports on ${testDatabaseProvider()}`, () => {
  it("writes one CSV row per note on the board, with a BOM for Excel", async () => {
    const csv = notesCsv(await loadRoomDoc(roomId, db.prisma));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parse(csv, { bom: true, columns: true }) as {
      stage: string;
      text: string;
      author: string;
      votes: string;
      frame: string;
    }[];
    expect(rows.sort((a, b) => a.text.localeCompare(b.text))).toEqual([
      { stage: "Ideeën / Ideate", text: "Anoniem idee", author: "", votes: "0", frame: "" },
      {
        stage: "Ideeën / Ideate",
        text: "Idee met komma, en\nregel",
        author: "Alice Ünal",
        votes: "3",
        frame: 'Kansen, "groot"',
      },
      // The vote was on Ideate: a count for a note elsewhere is not this note's.
      {
        stage: "Inleven / Empathize",
        text: "Klant wacht lang",
        author: "Alice Ünal",
        votes: "0",
        frame: "",
      },
    ]);
  });

  it("imports a backup into a new room with the same records and room map", async () => {
    const backup = JSON.parse(JSON.stringify(await exportRoomBackup(roomId, db.prisma)));
    const { roomId: copyId } = await importRoomBackup(ownerId, backup, db.prisma);
    expect(copyId).not.toBe(roomId);
    const copyRoom = await db.prisma.room.findUniqueOrThrow({ where: { id: copyId } });
    expect(copyRoom).toMatchObject({ name: "Groep 1: Café", ownerId });
    const original = await loadRoomDoc(roomId, db.prisma);
    const copy = await loadRoomDoc(copyId, db.prisma);
    const sorted = (doc: Y.Doc) =>
      Object.fromEntries([...readRecords(doc).entries()].sort(([a], [b]) => a.localeCompare(b)));
    expect(sorted(copy)).toEqual(sorted(original));
    expect(getRoomMap(copy).toJSON()).toEqual(getRoomMap(original).toJSON());
    expect(notesCsv(copy)).toBe(notesCsv(original));
  });

  it("refuses a file that is not a backup", async () => {
    await expect(importRoomBackup(ownerId, { format: "other" }, db.prisma)).rejects.toMatchObject({
      status: 400,
    });
    const bad = { ...(await exportRoomBackup(roomId, db.prisma)), update: "AAAA" };
    await expect(importRoomBackup(ownerId, bad, db.prisma)).rejects.toMatchObject({ status: 400 });
  });
});
