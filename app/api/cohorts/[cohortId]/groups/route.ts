import { NextResponse } from "next/server";
import { GroupNameRequest } from "@/lib/shared/cohort-schemas";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { createGroup } from "@/lib/server/cohorts/create-group";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, type CohortRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";

/** A new group with its own room (owned by the calling trainer). */
export async function POST(request: Request, context: CohortRouteContext) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "cohort-group-create", guard }, async (user, { cohortId }) => {
    await assertCohortTrainer(user, cohortId);
    const { name } = GroupNameRequest.parse(await readJsonBody(request));
    return NextResponse.json({ group: await createGroup(cohortId, name, user.id) }, { status: 201 });
  });
}
