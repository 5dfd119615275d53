import { NextResponse } from "next/server";
import { AddSessionRequest } from "@/lib/shared/cohort-schemas";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { getSessionUser } from "@/lib/server/auth/session";
import { addCourseSession } from "@/lib/server/cohorts/add-course-session";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";

/** Adds a course session at the end of the cohort's timeline. */
export async function POST(request: Request, context: { params: Promise<{ cohortId: string }> }) {
  try {
    assertSameOrigin(request);
    const { cohortId } = await context.params;
    await assertCohortTrainer(await getSessionUser(), cohortId);
    const input = AddSessionRequest.parse(await readJsonBody(request));
    return NextResponse.json({ session: await addCourseSession(cohortId, input) }, { status: 201 });
  } catch (error) {
    return handleRouteError(error, "cohort-session-add");
  }
}
