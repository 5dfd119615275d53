/**
 * RoomDocumentStore on Prisma (SQLite or PostgreSQL). See room-document-store.ts for the
 * invariants; the comments below say how each one is kept.
 */
import { databaseProvider, getPrisma, type DbClient } from "@/lib/server/db/client";
import { createActivityBuffer } from "@/lib/server/documents/activity-buffer";
import { createAppendBatcher, type StoredRow } from "@/lib/server/documents/append-batcher";
import type { DatabaseProvider } from "@/lib/server/db/database-config";
import {
  buildSnapshotInThisThread,
  type BuiltSnapshot,
  type SnapshotBuilder,
} from "@/lib/server/documents/build-snapshot";
import type {
  CompactionOutcome,
  RoomDocumentStore,
  StageActivity,
  StoredRoomDocument,
  VersionReason,
} from "@/lib/server/documents/room-document-store";

/**
 * Prisma's Bytes input wants an ArrayBuffer-backed view; Yjs may hand us any Uint8Array. Copied
 * only when it is not one already (a snapshot can be megabytes).
 */
function toBytes(data: Uint8Array): Uint8Array<ArrayBuffer> {
  return data.buffer instanceof ArrayBuffer
    ? (data as Uint8Array<ArrayBuffer>)
    : new Uint8Array(data);
}

/**
 * First key of the PostgreSQL advisory lock a compaction takes (the second is hashtext(roomId)),
 * so it cannot collide with other advisory locks in the database.
 */
export const COMPACTION_LOCK_CLASS = 0x636f6d70; // "comp"

/** Deletes by explicit seq, in chunks that stay far below any bind-parameter limit. */
const DELETE_CHUNK = 1_000;

const NOT_COMPACTED: CompactionOutcome = {
  compacted: false,
  updates: 0,
  bytes: 0,
  buildMs: 0,
  builtOffThread: false,
};

const COMPACTION_TRANSACTION = { maxWait: 10_000, timeout: 60_000 };

/** Rolls back a SQLite compaction whose rows another compaction folded first. */
const FOLDED_MEANWHILE = new Error("folded by another compaction meanwhile");

/** What the compaction reads (a transaction client or the plain client). */
type DocumentTables = Pick<DbClient, "docUpdate" | "docSnapshot">;

/** The stored rows a compaction folds: the snapshot (if any) and the updates, oldest first. */
interface FoldableRows {
  snapshot: { data: Uint8Array; upToSeq: number } | null;
  seqs: number[];
  updates: Uint8Array[];
}

/** Reads the rows to fold (updates up to `upToSeq`, default all); null when there is none. */
async function readFoldable(
  db: DocumentTables,
  roomId: string,
  upToSeq?: number,
): Promise<FoldableRows | null> {
  const rows = await db.docUpdate.findMany({
    where: upToSeq === undefined ? { roomId } : { roomId, seq: { lte: upToSeq } },
    orderBy: { seq: "asc" },
    select: { seq: true, data: true },
  });
  if (rows.length === 0) return null;
  const snapshot = await db.docSnapshot.findUnique({
    where: { roomId },
    select: { data: true, upToSeq: true },
  });
  // Handed to the builder as they are: it copies them once (into the worker's buffer).
  return {
    snapshot,
    seqs: rows.map((row) => row.seq),
    updates: rows.map((row) => row.data),
  };
}

/**
 * Stores the built snapshot in place of exactly the rows folded into it: a row committed
 * meanwhile (even with a lower seq, from another instance) stays for the next load and
 * compaction. The snapshot is written before the rows go, so a load reading between the two
 * (SQLite's one connection sees the open transaction) never misses anything. Returns null when
 * some of the rows were gone already (folded by another compaction): the caller rolls back.
 */
async function writeFolded(
  tx: DocumentTables,
  roomId: string,
  stored: FoldableRows,
  built: BuiltSnapshot,
): Promise<CompactionOutcome | null> {
  const data = toBytes(built.snapshot);
  const covered = Math.max(stored.snapshot?.upToSeq ?? 0, stored.seqs.at(-1)!);
  // Not an upsert: Prisma serializes every Bytes argument several times on the event loop, an
  // upsert's twice as many (it carries the snapshot for both branches). Whether the row exists
  // was read with the rows, and no other compaction of the room runs meanwhile.
  if (stored.snapshot) {
    await tx.docSnapshot.update({
      where: { roomId },
      data: { data, upToSeq: covered },
      select: { roomId: true },
    });
  } else {
    await tx.docSnapshot.create({
      data: { roomId, data, upToSeq: covered },
      select: { roomId: true },
    });
  }
  let deleted = 0;
  for (let start = 0; start < stored.seqs.length; start += DELETE_CHUNK) {
    const chunk = stored.seqs.slice(start, start + DELETE_CHUNK);
    deleted += (await tx.docUpdate.deleteMany({ where: { roomId, seq: { in: chunk } } })).count;
  }
  if (deleted !== stored.seqs.length) return null;
  return {
    compacted: true,
    updates: stored.seqs.length,
    bytes: data.byteLength,
    buildMs: built.buildMs,
    builtOffThread: built.offThread,
  };
}

export interface PrismaDocumentStoreOptions {
  /**
   * How compaction builds a snapshot: by default on this thread (blocking the event loop); the
   * realtime server passes buildSnapshotInWorker (snapshot-worker/snapshot-worker.ts).
   */
  buildSnapshot?: SnapshotBuilder;
}

export function createPrismaDocumentStore(
  prisma: DbClient = getPrisma(),
  provider: DatabaseProvider = databaseProvider(),
  { buildSnapshot = buildSnapshotInThisThread }: PrismaDocumentStoreOptions = {},
): RoomDocumentStore {
  /** Activity is written apart from the updates, every few seconds (activity-buffer.ts). */
  const activityBuffer = createActivityBuffer(prisma);

  async function appendNow(
    roomId: string,
    updates: Uint8Array[],
    activity: StageActivity[] = [{ stageId: null, updates: updates.length }],
  ): Promise<number> {
    if (updates.length === 0) {
      await Promise.all([batcher.whenWritten(), roomQueues.get(roomId)?.catch(() => {})]);
      const last = await prisma.docUpdate.findFirst({
        where: { roomId },
        orderBy: { seq: "desc" },
        select: { seq: true },
      });
      const snapshot = await prisma.docSnapshot.findUnique({
        where: { roomId },
        select: { upToSeq: true },
      });
      return Math.max(last?.seq ?? 0, snapshot?.upToSeq ?? 0);
    }
    const rows = updates.map((data) => ({ roomId, data: toBytes(data) }));
    const seq = await (provider === "postgres"
      ? appendInRoomOrder(roomId, rows)
      : batcher.append(rows));
    activityBuffer.add(roomId, activity);
    return seq;
  }

  /**
   * One transaction: all rows are durable together, or none is. On SQLite a transaction also
   * waits its turn on the one connection: a write outside one would join a compaction's open
   * transaction, and be undone with it.
   */
  async function writeRows(rows: StoredRow[]): Promise<number[]> {
    const create = (db: Pick<DbClient, "docUpdate">, { roomId, data }: StoredRow) =>
      db.docUpdate.create({ data: { roomId, data }, select: { seq: true } });
    // One row (the usual case): a batch of one, which Prisma runs as a single cached query.
    // More: an interactive transaction of single creates, because Prisma compiles a plan for
    // every new batch size (tens of ms on the event loop) but caches a single query's.
    if (rows.length === 1) return [(await prisma.$transaction([create(prisma, rows[0]!)]))[0]!.seq];
    return prisma.$transaction(async (tx) => {
      const seqs: number[] = [];
      for (const row of rows) seqs.push((await create(tx, row)).seq);
      return seqs;
    });
  }

  /**
   * SQLite: every room's appends share one writer anyway, so those that queue meanwhile go into
   * one transaction (append-batcher.ts). PostgreSQL: rooms append in parallel over the pool,
   * each room's in call order ("resolves in call order" must hold even there, where two
   * concurrent transactions on different connections could commit the other way round).
   */
  const batcher = createAppendBatcher(writeRows);
  const roomQueues = new Map<string, Promise<unknown>>();
  function appendInRoomOrder(roomId: string, rows: StoredRow[]): Promise<number> {
    const previous = roomQueues.get(roomId) ?? Promise.resolve();
    const next = previous.catch(() => {}).then(async () => (await writeRows(rows)).at(-1)!);
    roomQueues.set(roomId, next);
    void next
      .finally(() => {
        if (roomQueues.get(roomId) === next) roomQueues.delete(roomId);
      })
      .catch(() => {});
    return next;
  }

  /**
   * SQLite has one connection, and an open transaction holds it against every other write: a
   * build inside the transaction would hold up every room's appends, and so its fan-out. So the
   * rows are read and folded outside, and the write checks that nothing was folded meanwhile
   * (one process compacts a room at a time anyway; this keeps a direct call honest).
   */
  async function compactOnSqlite(roomId: string, upToSeq?: number): Promise<CompactionOutcome> {
    const stored = await readFoldable(prisma, roomId, upToSeq);
    if (!stored) return NOT_COMPACTED;
    const built = await buildSnapshot(roomId, stored.snapshot?.data ?? null, stored.updates);
    try {
      return await prisma.$transaction(async (tx) => {
        const current = await tx.docSnapshot.findUnique({
          where: { roomId },
          select: { upToSeq: true },
        });
        if ((current?.upToSeq ?? 0) !== (stored.snapshot?.upToSeq ?? 0)) throw FOLDED_MEANWHILE;
        const outcome = await writeFolded(tx, roomId, stored, built);
        if (!outcome) throw FOLDED_MEANWHILE;
        return outcome;
      }, COMPACTION_TRANSACTION);
    } catch (error) {
      if (error === FOLDED_MEANWHILE) return NOT_COMPACTED;
      throw error;
    }
  }

  return {
    async roomExists(roomId) {
      const room = await prisma.room.findUnique({ where: { id: roomId }, select: { id: true } });
      return room !== null;
    },

    async load(roomId): Promise<StoredRoomDocument> {
      // Read the updates BEFORE the snapshot. A compaction committing in between then gives us
      // the new snapshot plus updates it already holds (applying them again changes nothing),
      // never the old snapshot without the updates it deleted. Holds at READ COMMITTED, no
      // transaction needed. No filter by seq: on PostgreSQL a lower seq can commit after a
      // higher one (two instances appending), so a row with seq below the snapshot's `upToSeq`
      // may be one the compaction never saw; it is still here exactly because it was not folded.
      const rows = await prisma.docUpdate.findMany({
        where: { roomId },
        orderBy: { seq: "asc" },
        select: { seq: true, data: true },
      });
      const snapshot = await prisma.docSnapshot.findUnique({
        where: { roomId },
        select: { data: true, upToSeq: true },
      });
      const upToSeq = snapshot?.upToSeq ?? 0;
      return {
        snapshot: snapshot ? new Uint8Array(snapshot.data) : null,
        updates: rows.map((row) => new Uint8Array(row.data)),
        lastSeq: Math.max(upToSeq, rows.at(-1)?.seq ?? 0),
      };
    },

    appendUpdates: appendNow,

    compact(roomId, upToSeq) {
      if (provider === "postgres") {
        // Instances append on other pool connections meanwhile, so the transaction may stay
        // open while the snapshot is built; the advisory lock is held until it ends, and
        // another instance compacting the room skips.
        return prisma.$transaction(async (tx): Promise<CompactionOutcome> => {
          const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
              SELECT pg_try_advisory_xact_lock(${COMPACTION_LOCK_CLASS}::int4, hashtext(${roomId})) AS locked`;
          if (!lock?.locked) return NOT_COMPACTED;
          const stored = await readFoldable(tx, roomId, upToSeq);
          if (!stored) return NOT_COMPACTED;
          const built = await buildSnapshot(roomId, stored.snapshot?.data ?? null, stored.updates);
          return (await writeFolded(tx, roomId, stored, built)) ?? NOT_COMPACTED;
        }, COMPACTION_TRANSACTION);
      }
      return compactOnSqlite(roomId, upToSeq);
    },

    flushActivity: () => activityBuffer.flush(),

    async saveVersion(roomId, state, reason: VersionReason, stageId) {
      await prisma.docVersion.create({
        data: { roomId, data: toBytes(state), reason, stageId: stageId ?? null },
      });
    },
  };
}
