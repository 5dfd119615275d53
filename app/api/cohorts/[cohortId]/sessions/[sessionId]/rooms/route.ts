import type { SessionRoomsResponse } from "@/lib/shared/cohort-schemas";
import { assertCohortMember } from "@/lib/server/access/assert-cohort-member";
import { listSessionRooms } from "@/lib/server/cohorts/list-session-rooms";
import { handleRoute, uncachedJson, type CohortRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";

/** The groups' rooms of a session with live people counts (a participant: their own group's). */
export async function GET(_request: Request, context: CohortRouteContext<{ cohortId: string; sessionId: string }>) {
  return handleRoute(context, { route: "cohort-session-rooms" }, async (user, { cohortId, sessionId }) => {
    const role = await assertCohortMember(user, cohortId);
    const body: SessionRoomsResponse = {
      rooms: await listSessionRooms(cohortId, sessionId, { userId: user.id, role }),
    };
    return uncachedJson(body);
  });
}
