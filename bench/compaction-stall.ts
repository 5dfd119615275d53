/**
 * The event-loop stall one compaction causes, building the snapshot on the event loop
 * (`buildSnapshotInThisThread`) beside building it in the snapshot worker (what the server
 * does), alternating on the same database and room so both see the same machine: a room of
 * SHAPES notes, then ROUNDS times 200 small edits and a compaction of each kind, with a 1 ms
 * timer noting how late it runs. Not part of `npm run bench`:
 *
 *   npx tsx bench/compaction-stall.ts                          # SQLite
 *   TEST_DATABASE=postgres npx tsx bench/compaction-stall.ts   # PostgreSQL on 127.0.0.1:5432
 */
import * as Y from "yjs";
import { YKeyValue } from "y-utility/y-keyvalue";
import { buildSnapshotInThisThread } from "@/lib/server/documents/build-snapshot";
import { createPrismaDocumentStore } from "@/lib/server/documents/prisma-document-store";
import { buildSnapshotInWorker } from "@/lib/server/documents/snapshot-worker/snapshot-worker";
import { getRecordsArray } from "@/lib/shared/realtime/doc-layout";
import { createTestDatabase } from "@/tests/helpers/test-database";
import { noteRecord } from "./lib/clients";

const SHAPES = Number(process.env.SHAPES ?? 10_000);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const EDITS = 200;

const db = await createTestDatabase();
const roomId = await db.createRoom("compaction stall");
const kinds = {
  "on the event loop": createPrismaDocumentStore(db.prisma, db.provider, {
    buildSnapshot: buildSnapshotInThisThread,
  }),
  "in the worker": createPrismaDocumentStore(db.prisma, db.provider, {
    buildSnapshot: buildSnapshotInWorker,
  }),
};
const doc = new Y.Doc();
const records = new YKeyValue(getRecordsArray(doc));
doc.transact(() => {
  for (let index = 0; index < SHAPES; index++) records.set(`shape:bench${index}`, noteRecord(index));
});
await db.store.appendUpdates(roomId, [Y.encodeStateAsUpdate(doc)]);
await db.store.compact(roomId);

/** Longest lateness of a 1 ms timer while `work` runs, in ms. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 1);
    last = now;
  }, 1);
  await work();
  await new Promise((resolve) => setTimeout(resolve, 20));
  clearInterval(timer);
  return longest;
}

const stalls: Record<string, number[]> = {};
for (let round = 0; round < ROUNDS; round++) {
  for (const [kind, store] of Object.entries(kinds)) {
    for (let edit = 0; edit < EDITS; edit++) {
      const before = Y.encodeStateVector(doc);
      records.set("shape:probe", { ...noteRecord(edit, { seq: edit }), id: "shape:probe" });
      await db.store.appendUpdates(roomId, [Y.encodeStateAsUpdate(doc, before)]);
    }
    (stalls[kind] ??= []).push(await longestStall(() => store.compact(roomId)));
  }
}
const snapshot = await db.prisma.docSnapshot.findUnique({ where: { roomId } });
console.log(
  `${db.provider}, ${SHAPES} notes (snapshot ${(snapshot!.data.byteLength / 2 ** 20).toFixed(2)} MiB), ${EDITS} edits per compaction:`,
);
for (const [kind, values] of Object.entries(stalls)) {
  const sorted = [...values].sort((a, b) => a - b);
  console.log(
    `  built ${kind}: longest stall median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms (${values.map((value) => value.toFixed(0)).join(", ")})`,
  );
}
await db.drop();
process.exit(0);
