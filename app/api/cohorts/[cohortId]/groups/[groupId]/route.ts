import { NextResponse } from "next/server";
import { GroupNameRequest } from "@/lib/shared/cohort-schemas";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { renameGroup } from "@/lib/server/cohorts/rename-group";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, type CohortRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";

/** Renames a group (its room keeps its id and work). */
export async function PATCH(request: Request, context: CohortRouteContext<{ cohortId: string; groupId: string }>) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "cohort-group-rename", guard }, async (user, { cohortId, groupId }) => {
    await assertCohortTrainer(user, cohortId);
    const { name } = GroupNameRequest.parse(await readJsonBody(request));
    await renameGroup(cohortId, groupId, name);
    return NextResponse.json({ ok: true });
  });
}
