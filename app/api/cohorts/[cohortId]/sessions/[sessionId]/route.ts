import { NextResponse } from "next/server";
import { UpdateSessionRequest } from "@/lib/shared/cohort-schemas";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { getSessionUser } from "@/lib/server/auth/session";
import { deleteCourseSession } from "@/lib/server/cohorts/delete-course-session";
import { updateCourseSession } from "@/lib/server/cohorts/update-course-session";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ cohortId: string; sessionId: string }> };

/** Edits a session's title, kind or start. */
export async function PATCH(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { cohortId, sessionId } = await context.params;
    await assertCohortTrainer(await getSessionUser(), cohortId);
    const input = UpdateSessionRequest.parse(await readJsonBody(request));
    return NextResponse.json({ session: await updateCourseSession(cohortId, sessionId, input) });
  } catch (error) {
    return handleRouteError(error, "cohort-session-update");
  }
}

/** Deletes a session from the timeline (the groups' rooms and their work stay). */
export async function DELETE(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { cohortId, sessionId } = await context.params;
    await assertCohortTrainer(await getSessionUser(), cohortId);
    await deleteCourseSession(cohortId, sessionId);
    return NextResponse.json({ ok: true });
  } catch (error) {
    return handleRouteError(error, "cohort-session-delete");
  }
}
