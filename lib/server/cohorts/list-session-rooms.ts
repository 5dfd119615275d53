import type { CohortRole } from "@/lib/server/access/cohort-role-of";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { getLiveRoomCounts } from "@/lib/server/realtime/live-room-counts";
import type { SessionRoomsResponse } from "@/lib/shared/cohort-schemas";
import { findCourseSession } from "./find-course-session";
import { listViewerGroups } from "./list-viewer-groups";

/**
 * The groups' rooms as a course session shows them, with how many people are in each right now
 * (one room per group for the whole course, so every session lists the same rooms). Trainers see
 * every group; a participant only their own. The caller checked `role` with an access assert.
 * Throws AppError("session_not_found", 404) for a session of another cohort.
 */
export async function listSessionRooms(
  cohortId: string,
  sessionId: string,
  viewer: { userId: string; role: CohortRole },
  prisma: DbClient = getPrisma(),
): Promise<SessionRoomsResponse["rooms"]> {
  await findCourseSession(cohortId, sessionId, prisma);
  const groups = await listViewerGroups(cohortId, viewer, prisma);
  const counts = getLiveRoomCounts(groups.map((group) => group.roomId));
  return groups.map((group) => ({
    groupId: group.id,
    groupName: group.name,
    roomId: group.roomId,
    people: counts[group.roomId] ?? 0,
  }));
}
