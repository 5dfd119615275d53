import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { sortActionPlan, type ActionPlanResponse } from "@/lib/shared/actions";
import { assertActionAccess } from "./action-access";
import { actionToday } from "./action-today";
import { listRoomActions } from "./list-room-actions";

/**
 * A room's action plan for whoever works in it (403 otherwise): overdue actions first (see
 * sortActionPlan), with the day overdue was measured against (`today`, default the course's).
 */
export async function listActionPlan(
  userId: string,
  roomId: string,
  today: string = actionToday(),
  prisma: DbClient = getPrisma(),
): Promise<ActionPlanResponse> {
  await assertActionAccess(userId, roomId, prisma);
  return { actions: sortActionPlan(await listRoomActions(roomId, prisma), today), today };
}
