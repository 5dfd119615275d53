import { NextResponse } from "next/server";
import { ReorderSessionsRequest } from "@/lib/shared/cohort-schemas";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { reorderCourseSessions } from "@/lib/server/cohorts/reorder-course-sessions";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, type CohortRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";

/** Puts the cohort's sessions in the given order (all of its session ids, each once). */
export async function PUT(request: Request, context: CohortRouteContext) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "cohort-sessions-reorder", guard }, async (user, { cohortId }) => {
    await assertCohortTrainer(user, cohortId);
    const { sessionIds } = ReorderSessionsRequest.parse(await readJsonBody(request));
    await reorderCourseSessions(cohortId, sessionIds);
    return NextResponse.json({ ok: true });
  });
}
