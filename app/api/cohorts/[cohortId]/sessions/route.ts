import { NextResponse } from "next/server";
import { AddSessionRequest } from "@/lib/shared/cohort-schemas";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { addCourseSession } from "@/lib/server/cohorts/add-course-session";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, type CohortRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";

/** Adds a course session at the end of the cohort's timeline. */
export async function POST(request: Request, context: CohortRouteContext) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "cohort-session-add", guard }, async (user, { cohortId }) => {
    await assertCohortTrainer(user, cohortId);
    const input = AddSessionRequest.parse(await readJsonBody(request));
    return NextResponse.json({ session: await addCourseSession(cohortId, input) }, { status: 201 });
  });
}
