/**
 * RoomDocumentStore on Prisma (SQLite or PostgreSQL). See room-document-store.ts for the
 * invariants; the comments below say how each one is kept.
 */
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import type {
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

export function createPrismaDocumentStore(prisma: DbClient = getPrisma()): RoomDocumentStore {
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
      // the new snapshot plus updates it already covers (dropped by the seq filter below), never
      // the old snapshot without the updates it deleted. Holds at READ COMMITTED, no
      // transaction needed.
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
      const after = rows.filter((row) => row.seq > upToSeq);
      return {
        snapshot: snapshot ? new Uint8Array(snapshot.data) : null,
        updates: after.map((row) => new Uint8Array(row.data)),
        lastSeq: after.length > 0 ? after[after.length - 1]!.seq : upToSeq,
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

    async compact(roomId, snapshot, upToSeq) {
      const data = toBytes(snapshot);
      await prisma.$transaction(async (tx) => {
        // Conditional update: a late compaction must never replace a newer snapshot, whose
        // covered updates are already gone. The row lock orders concurrent compactions.
        const { count } = await tx.docSnapshot.updateMany({
          where: { roomId, upToSeq: { lte: upToSeq } },
          data: { data, upToSeq },
        });
        if (count === 0) {
          const newer = await tx.docSnapshot.findUnique({
            where: { roomId },
            select: { roomId: true },
          });
          if (newer) return;
          await tx.docSnapshot.create({ data: { roomId, data, upToSeq } });
        }
        await tx.docUpdate.deleteMany({ where: { roomId, seq: { lte: upToSeq } } });
      });
    },

    async saveVersion(roomId, state, reason: VersionReason, stageId) {
      await prisma.docVersion.create({
        data: { roomId, data: toBytes(state), reason, stageId: stageId ?? null },
      });
    },
  };
}
