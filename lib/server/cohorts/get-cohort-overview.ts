import { AppError } from "@/lib/server/errors";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import {
  cohortInfoSelect,
  courseSessionSelect,
  toCourseSessionInfo,
  type CohortInfo,
  type CourseSessionInfo,
  type GroupInfo,
} from "./cohort-input";

export interface ParticipantInfo {
  userId: string;
  displayName: string;
  groupId: string | null;
  joinedAt: Date;
}

export interface CohortTrainerInfo {
  userId: string;
  name: string;
  email: string | null;
  role: "owner" | "co";
}

export interface CohortOverview {
  cohort: CohortInfo;
  /** In timeline order. */
  sessions: CourseSessionInfo[];
  /** In creation order (the order auto-assignment breaks ties by). */
  groups: GroupInfo[];
  /** Active participants only (removed ones are left out), in joining order. */
  participants: ParticipantInfo[];
  /** Owner first. */
  trainers: CohortTrainerInfo[];
  /** The open participant join code, or null when closed. */
  joinCode: string | null;
}

/**
 * Everything the cohort page shows, for a caller that already checked access (a participant's
 * page should show only what concerns them). Throws AppError("cohort_not_found", 404).
 */
export async function getCohortOverview(
  cohortId: string,
  prisma: DbClient = getPrisma(),
): Promise<CohortOverview> {
  const cohort = await prisma.cohort.findUnique({
    where: { id: cohortId },
    select: {
      ...cohortInfoSelect,
      sessions: {
        select: courseSessionSelect,
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      },
      groups: {
        select: { id: true, name: true, roomId: true, createdAt: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
      participants: {
        where: { removedAt: null },
        select: { userId: true, displayName: true, groupId: true, joinedAt: true },
        orderBy: [{ joinedAt: "asc" }, { userId: "asc" }],
      },
      trainers: {
        select: {
          role: true,
          addedAt: true,
          user: { select: { id: true, name: true, email: true } },
        },
        orderBy: { addedAt: "asc" },
      },
      joinCodes: {
        where: { closedAt: null },
        select: { code: true },
        orderBy: { createdAt: "desc" },
        take: 1,
      },
    },
  });
  if (!cohort) throw new AppError("cohort_not_found", 404, "This cohort does not exist.");
  const { sessions, groups, participants, trainers, joinCodes, ...info } = cohort;

  const counts = new Map<string, number>();
  for (const participant of participants) {
    if (participant.groupId)
      counts.set(participant.groupId, (counts.get(participant.groupId) ?? 0) + 1);
  }
  const trainerInfos: CohortTrainerInfo[] = trainers.map((trainer) => ({
    userId: trainer.user.id,
    name: trainer.user.name,
    email: trainer.user.email,
    role: trainer.role === "owner" ? "owner" : "co",
  }));
  trainerInfos.sort((a, b) => Number(b.role === "owner") - Number(a.role === "owner"));

  return {
    cohort: info,
    sessions: sessions.map(toCourseSessionInfo),
    groups: groups.map((group) => ({ ...group, participantCount: counts.get(group.id) ?? 0 })),
    participants,
    trainers: trainerInfos,
    joinCode: joinCodes[0]?.code ?? null,
  };
}
