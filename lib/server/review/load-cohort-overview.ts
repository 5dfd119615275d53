import { countUnresolvedComments } from "@/lib/server/comments/count-unresolved-comments";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { loadRoomDoc } from "@/lib/server/exports/load-room-doc";
import type { CohortOverviewView, GroupOverview } from "@/lib/shared/review/cohort-overview";
import { bucketActivity, chooseActivityWindow } from "./activity-window";
import { stageFiguresOf } from "./stage-figures";

const maxDate = (a: Date | null, b: Date) => (a && a > b ? a : b);

/**
 * Every group's room of a cohort at a glance, for a caller that already checked the caller is
 * one of its trainers: per stage the figures of the stored document (stageFiguresOf) and the
 * last activity, and per group the updates per 5 minutes over the latest session
 * (chooseActivityWindow), from the RoomActivity rows the document store writes with each batch,
 * and its unresolved feedback threads.
 * Throws AppError("cohort_not_found", 404).
 */
export async function loadCohortOverview(
  cohortId: string,
  prisma: DbClient = getPrisma(),
  now: Date = new Date(),
): Promise<CohortOverviewView> {
  const cohort = await prisma.cohort.findUnique({
    where: { id: cohortId },
    select: {
      name: true,
      sessions: { select: { title: true, startsAt: true } },
      groups: {
        select: {
          id: true,
          name: true,
          roomId: true,
          _count: { select: { participants: { where: { removedAt: null } } } },
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!cohort) throw new AppError("cohort_not_found", 404, "Cohort not found.");
  const roomIds = cohort.groups.map((group) => group.roomId);

  const lastPerStage = await prisma.roomActivity.groupBy({
    by: ["roomId", "stageId"],
    where: { roomId: { in: roomIds } },
    _max: { lastAt: true },
  });
  const lastAt = new Map<string, Date>();
  let cohortLastAt: Date | null = null;
  for (const row of lastPerStage) {
    if (!row._max.lastAt) continue;
    lastAt.set(`${row.roomId} ${row.stageId}`, row._max.lastAt);
    lastAt.set(row.roomId, maxDate(lastAt.get(row.roomId) ?? null, row._max.lastAt));
    cohortLastAt = maxDate(cohortLastAt, row._max.lastAt);
  }

  const window = chooseActivityWindow({
    sessions: cohort.sessions,
    lastActivityAt: cohortLastAt,
    now,
  });
  const [minutes, unresolved] = await Promise.all([
    prisma.roomActivity.findMany({
      where: { roomId: { in: roomIds }, minute: { gte: window.from, lt: window.to } },
      select: { roomId: true, minute: true, updates: true },
    }),
    countUnresolvedComments(roomIds, prisma),
  ]);

  const groups: GroupOverview[] = [];
  for (const group of cohort.groups) {
    // One room at a time: a document is dropped before the next one is rebuilt.
    const doc = await loadRoomDoc(group.roomId, prisma);
    const figures = stageFiguresOf(doc);
    doc.destroy();
    groups.push({
      groupId: group.id,
      name: group.name,
      roomId: group.roomId,
      people: group._count.participants,
      stages: figures.map((stage) => ({
        ...stage,
        lastActivityAt: lastAt.get(`${group.roomId} ${stage.stageId}`)?.toISOString() ?? null,
      })),
      lastActivityAt: lastAt.get(group.roomId)?.toISOString() ?? null,
      activity: bucketActivity(
        window,
        minutes.filter((row) => row.roomId === group.roomId),
      ),
      unresolvedComments: unresolved.get(group.roomId) ?? 0,
    });
  }
  return {
    cohortId,
    cohortName: cohort.name,
    window: {
      from: window.from.toISOString(),
      to: window.to.toISOString(),
      sessionTitle: window.sessionTitle,
    },
    groups,
  };
}
