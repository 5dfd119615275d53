/**
 * RoomActivity counts (read by the cohort overview), gathered in memory and written every
 * ACTIVITY_FLUSH_MS in one transaction for all rooms, instead of an upsert in every commit of
 * edits: a busy room's commits then carry only their own rows, and the overview (which polls
 * every 10 s) is still current within seconds. Only counts of committed updates are gathered.
 * A process that is killed loses at most the last few seconds of counts: statistics, never
 * board content. With several instances each counts what it stored; the upserts add up.
 */
import type { DbClient } from "@/lib/server/db/client";
import { logger } from "@/lib/server/logger";
import type { StageActivity } from "./room-document-store";

export const ACTIVITY_FLUSH_MS = 2_000;

/** The start of the UTC minute `at` falls in: the key of a RoomActivity row. */
export function activityMinute(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 60_000) * 60_000);
}

interface PendingActivity {
  roomId: string;
  minute: Date;
  stageId: string;
  updates: number;
  lastAt: Date;
}

export interface ActivityBuffer {
  /** Counts a committed batch's activity; written within ACTIVITY_FLUSH_MS. */
  add(roomId: string, activity: StageActivity[]): void;
  /** Writes what was counted so far (shutdown, tests). */
  flush(): Promise<void>;
}

export function createActivityBuffer(prisma: DbClient): ActivityBuffer {
  let pending = new Map<string, PendingActivity>();
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();

  function count(row: PendingActivity): void {
    const key = `${row.roomId}\u0000${row.minute.getTime()}\u0000${row.stageId}`;
    const known = pending.get(key);
    if (!known) {
      pending.set(key, row);
      return;
    }
    known.updates += row.updates;
    if (row.lastAt > known.lastAt) known.lastAt = row.lastAt;
  }

  async function write(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const rows = [...pending.values()];
    pending = new Map();
    if (rows.length === 0) return;
    try {
      // An interactive transaction of single upserts, not a batch: Prisma compiles a plan for
      // every new batch size (tens of ms on the event loop), while a single query's is cached.
      await prisma.$transaction(async (tx) => {
        for (const row of rows) await upsert(row, tx);
      });
    } catch (error) {
      // One by one, so a row that cannot be written (its room deleted meanwhile) is the only
      // one lost.
      logger.warn({ err: error, rows: rows.length }, "writing room activity failed; row by row");
      for (const row of rows) {
        await upsert(row).catch((rowError: unknown) => {
          logger.error({ err: rowError, roomId: row.roomId }, "dropping room activity");
        });
      }
    }
  }

  function upsert(
    { roomId, minute, stageId, updates, lastAt }: PendingActivity,
    db: Pick<DbClient, "roomActivity"> = prisma,
  ) {
    return db.roomActivity.upsert({
      where: { roomId_minute_stageId: { roomId, minute, stageId } },
      create: { roomId, minute, stageId, updates, lastAt },
      update: { updates: { increment: updates }, lastAt },
      select: { roomId: true },
    });
  }

  function schedule(): void {
    if (timer || pending.size === 0) return;
    timer = setTimeout(() => void flush(), ACTIVITY_FLUSH_MS);
    timer.unref();
  }

  function flush(): Promise<void> {
    writing = writing.then(write);
    return writing;
  }

  return {
    add(roomId, activity) {
      const lastAt = new Date();
      const minute = activityMinute(lastAt);
      for (const { stageId, updates } of activity) {
        count({ roomId, minute, stageId: stageId ?? "", updates, lastAt });
      }
      schedule();
    },
    flush,
  };
}
