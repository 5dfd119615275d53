/**
 * RoomDocumentStore on Prisma (SQLite or PostgreSQL). See room-document-store.ts for the
 * invariants; the comments below say how each one is kept.
 */
import { databaseProvider, getPrisma, type DbClient } from "@/lib/server/db/client";
import type { DatabaseProvider } from "@/lib/server/db/database-config";
import { buildSnapshot } from "@/lib/server/documents/build-snapshot";
import type {
  CompactionOutcome,
  RoomDocumentStore,
  StageActivity,
  StoredRoomDocument,
  VersionReason,
} from "@/lib/server/documents/room-document-store";

/** The start of the UTC minute `at` falls in: the key of a RoomActivity row. */
export function activityMinute(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 60_000) * 60_000);
}

/** Prisma's Bytes input wants an ArrayBuffer-backed view; Yjs may hand us any Uint8Array. */
function toBytes(data: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(data);
}

/**
 * First key of the PostgreSQL advisory lock a compaction takes (the second is hashtext(roomId)),
 * so it cannot collide with other advisory locks in the database.
 */
export const COMPACTION_LOCK_CLASS = 0x636f6d70; // "comp"

/** Deletes by explicit seq, in chunks that stay far below any bind-parameter limit. */
const DELETE_CHUNK = 1_000;

const NOT_COMPACTED: CompactionOutcome = { compacted: false, updates: 0, bytes: 0, buildMs: 0 };

export function createPrismaDocumentStore(
  prisma: DbClient = getPrisma(),
  provider: DatabaseProvider = databaseProvider(),
): RoomDocumentStore {
  /**
   * Appends per room, chained: "resolves in call order" must hold even on PostgreSQL, where two
   * concurrent transactions on different pool connections could commit the other way round.
   */
  const appendQueues = new Map<string, Promise<unknown>>();

  /** One upsert per stage the batch touched (almost always one): counts add up per minute. */
  function activityUpserts(roomId: string, activity: StageActivity[]) {
    const lastAt = new Date();
    const minute = activityMinute(lastAt);
    return activity.map(({ stageId, updates }) =>
      prisma.roomActivity.upsert({
        where: { roomId_minute_stageId: { roomId, minute, stageId: stageId ?? "" } },
        create: { roomId, minute, stageId: stageId ?? "", updates, lastAt },
        update: { updates: { increment: updates }, lastAt },
        select: { roomId: true },
      }),
    );
  }

  async function appendNow(
    roomId: string,
    updates: Uint8Array[],
    activity: StageActivity[] = [{ stageId: null, updates: updates.length }],
  ): Promise<number> {
    if (updates.length === 0) {
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
    // One batch transaction: all updates and their activity are durable together, or none is.
    const created = await prisma.$transaction([
      ...updates.map((data) =>
        prisma.docUpdate.create({ data: { roomId, data: toBytes(data) }, select: { seq: true } }),
      ),
      ...activityUpserts(roomId, activity),
    ]);
    return (created[updates.length - 1] as { seq: number }).seq;
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

    appendUpdates(roomId, updates, activity) {
      const previous = appendQueues.get(roomId) ?? Promise.resolve();
      const next = previous.catch(() => {}).then(() => appendNow(roomId, updates, activity));
      appendQueues.set(roomId, next);
      void next
        .finally(() => {
          if (appendQueues.get(roomId) === next) appendQueues.delete(roomId);
        })
        .catch(() => {});
      return next;
    },

    compact(roomId, upToSeq) {
      return prisma.$transaction(
        async (tx): Promise<CompactionOutcome> => {
          if (provider === "postgres") {
            // Held until this transaction ends; another instance compacting the room skips.
            const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
              SELECT pg_try_advisory_xact_lock(${COMPACTION_LOCK_CLASS}::int4, hashtext(${roomId})) AS locked`;
            if (!lock?.locked) return NOT_COMPACTED;
          }
          const rows = await tx.docUpdate.findMany({
            where: upToSeq === undefined ? { roomId } : { roomId, seq: { lte: upToSeq } },
            orderBy: { seq: "asc" },
            select: { seq: true, data: true },
          });
          if (rows.length === 0) return NOT_COMPACTED;
          const current = await tx.docSnapshot.findUnique({
            where: { roomId },
            select: { data: true, upToSeq: true },
          });
          const built = buildSnapshot(
            roomId,
            current ? new Uint8Array(current.data) : null,
            rows.map((row) => new Uint8Array(row.data)),
          );
          const data = toBytes(built.snapshot);
          const covered = Math.max(current?.upToSeq ?? 0, rows.at(-1)!.seq);
          await tx.docSnapshot.upsert({
            where: { roomId },
            create: { roomId, data, upToSeq: covered },
            update: { data, upToSeq: covered },
            select: { roomId: true },
          });
          // Exactly the rows folded in: a row committed meanwhile (even with a lower seq, from
          // another instance) stays for the next load and compaction.
          const seqs = rows.map((row) => row.seq);
          for (let start = 0; start < seqs.length; start += DELETE_CHUNK) {
            const chunk = seqs.slice(start, start + DELETE_CHUNK);
            await tx.docUpdate.deleteMany({ where: { roomId, seq: { in: chunk } } });
          }
          return {
            compacted: true,
            updates: rows.length,
            bytes: data.byteLength,
            buildMs: built.buildMs,
          };
        },
        { maxWait: 10_000, timeout: 60_000 },
      );
    },

    async saveVersion(roomId, state, reason: VersionReason, stageId) {
      await prisma.docVersion.create({
        data: { roomId, data: toBytes(state), reason, stageId: stageId ?? null },
      });
    },
  };
}
