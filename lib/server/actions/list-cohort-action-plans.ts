import type { CohortRole } from "@/lib/server/access/cohort-role-of";
import { listViewerGroups } from "@/lib/server/cohorts/list-viewer-groups";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { countOverdueActions, sortActionPlan, type GroupActionPlan } from "@/lib/shared/actions";
import { ACTION_SELECT, toActionView } from "./action-view";

/**
 * Every group's action plan of a cohort, groups in creation order, for its pages: trainers see
 * every group, a participant only their own. The caller checked `viewer.role` with an access
 * assert (lib/server/access). Two queries whatever the number of groups.
 */
export async function listCohortActionPlans(
  cohortId: string,
  viewer: { userId: string; role: CohortRole },
  today: string,
  prisma: DbClient = getPrisma(),
): Promise<GroupActionPlan[]> {
  const groups = await listViewerGroups(cohortId, viewer, prisma);
  const rows = await prisma.action.findMany({
    where: { roomId: { in: groups.map((group) => group.roomId) } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: ACTION_SELECT,
  });
  return groups.map((group) => {
    const actions = sortActionPlan(
      rows.filter((row) => row.roomId === group.roomId).map(toActionView),
      today,
    );
    return {
      groupId: group.id,
      groupName: group.name,
      roomId: group.roomId,
      actions,
      overdueCount: countOverdueActions(actions, today),
    };
  });
}
