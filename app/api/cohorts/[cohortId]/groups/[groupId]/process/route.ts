import { handleRoute, uncachedJson, type CohortRouteContext } from "@/lib/server/http/route-frame";
import { getGroupProcess } from "@/lib/server/process/get-group-process";

export const dynamic = "force-dynamic";
type Context = CohortRouteContext<{ cohortId: string; groupId: string }>;

/** The group's success and risk factors: its rated sessions side by side, its risks, the default round. */
export async function GET(_request: Request, context: Context) {
  return handleRoute(context, { route: "process" }, async (user, { cohortId, groupId }) =>
    uncachedJson(await getGroupProcess(user, cohortId, groupId)),
  );
}
