/**
 * What recording activity costs on the hot write path: `appendUpdates` of a batch with the
 * updates alone (one batch transaction) beside the store's, which also counts the activity (in
 * memory; written every few seconds by lib/server/documents/activity-buffer.ts), on the same
 * database and table, alternating; and the stage attribution of one edit on a 10k-record
 * board. Not part of `npm run bench`:
 *
 *   npx tsx bench/append-activity.ts                          # SQLite
 *   TEST_DATABASE=postgres npx tsx bench/append-activity.ts   # PostgreSQL on 127.0.0.1:5432
 */
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { getRecordsArray } from "@/lib/shared/realtime/doc-layout";
import { batchActivity } from "@/server/realtime/stage-activity";
import { createTestDatabase } from "@/tests/helpers/test-database";

const ROUNDS = Number(process.env.ROUNDS ?? 400);
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const figure = (values: number[]) =>
  `median ${sorted(values)[Math.floor(values.length / 2)]!.toFixed(3)} ms, p95 ${sorted(values)[Math.floor(values.length * 0.95)]!.toFixed(3)} ms`;

async function timed(work: () => Promise<unknown>, into: number[]): Promise<void> {
  const started = performance.now();
  await work();
  into.push(performance.now() - started);
}

const db = await createTestDatabase();
const roomId = await db.createRoom("bench");
const source = new Y.Doc();
const sourceRecords = new YKeyValue(getRecordsArray(source));
let counter = 0;
const nextUpdate = () => {
  const before = Y.encodeStateVector(source);
  const id = `shape:n${counter++}`;
  sourceRecords.set(id, {
    id,
    typeName: "shape",
    type: "note",
    parentId: "page:ideate",
    props: { text: "x".repeat(100) },
  });
  return Y.encodeStateAsUpdate(source, before);
};
/** appendUpdates before RoomActivity: the updates alone, in one batch transaction. */
const appendWithoutActivity = (updates: Uint8Array[]) =>
  db.prisma.$transaction(
    updates.map((data) =>
      db.prisma.docUpdate.create({ data: { roomId, data: new Uint8Array(data) } }),
    ),
  );

for (const batchSize of [1, 10]) {
  const before: number[] = [];
  const after: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const batch = Array.from({ length: batchSize }, nextUpdate);
    await timed(() => appendWithoutActivity(batch), before);
    await timed(
      () => db.store.appendUpdates(roomId, batch, [{ stageId: "ideate", updates: batchSize }]),
      after,
    );
  }
  console.log(
    `${db.provider}, batch of ${batchSize}: before ${figure(before)} | after ${figure(after)}`,
  );
}

const board = new Y.Doc();
const boardRecords = new YKeyValue(getRecordsArray(board));
board.transact(() => {
  boardRecords.set("shape:frame", {
    id: "shape:frame",
    typeName: "shape",
    type: "frame",
    parentId: "page:define",
  });
  for (let i = 0; i < 10_000; i++) {
    boardRecords.set(`shape:b${i}`, {
      id: `shape:b${i}`,
      typeName: "shape",
      type: "note",
      parentId: i % 2 ? "page:ideate" : "shape:frame",
    });
  }
});
const client = new Y.Doc();
Y.applyUpdate(client, Y.encodeStateAsUpdate(board));
const clientRecords = new YKeyValue(getRecordsArray(client));
batchActivity(board, []); // builds the parent index once, as the first batch of a room does
const attribution: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  const before = Y.encodeStateVector(client);
  const id = `shape:b${(i * 7) % 10_000}`;
  clientRecords.set(id, { id, typeName: "shape", type: "note", parentId: "shape:frame", x: i });
  const update = Y.encodeStateAsUpdate(client, before);
  const decoded = Y.decodeUpdate(update);
  await timed(async () => batchActivity(board, [decoded]), attribution);
  Y.applyUpdate(board, update);
}
console.log(`stage attribution of one edit on a 10k-record board: ${figure(attribution)}`);
await db.drop();
