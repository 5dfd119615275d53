import { NextResponse } from "next/server";
import { ReorderSessionsRequest } from "@/lib/shared/cohort-schemas";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { getSessionUser } from "@/lib/server/auth/session";
import { reorderCourseSessions } from "@/lib/server/cohorts/reorder-course-sessions";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";

/** Puts the cohort's sessions in the given order (all of its session ids, each once). */
export async function PUT(request: Request, context: { params: Promise<{ cohortId: string }> }) {
  try {
    assertSameOrigin(request);
    const { cohortId } = await context.params;
    await assertCohortTrainer(await getSessionUser(), cohortId);
    const { sessionIds } = ReorderSessionsRequest.parse(await readJsonBody(request));
    await reorderCourseSessions(cohortId, sessionIds);
    return NextResponse.json({ ok: true });
  } catch (error) {
    return handleRouteError(error, "cohort-sessions-reorder");
  }
}
