import { NextResponse } from "next/server";
import { UpdateSessionRequest } from "@/lib/shared/cohort-schemas";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { deleteCourseSession } from "@/lib/server/cohorts/delete-course-session";
import { updateCourseSession } from "@/lib/server/cohorts/update-course-session";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, type CohortRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";

type Context = CohortRouteContext<{ cohortId: string; sessionId: string }>;

/** Edits a session's title, kind or start. */
export async function PATCH(request: Request, context: Context) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "cohort-session-update", guard }, async (user, { cohortId, sessionId }) => {
    await assertCohortTrainer(user, cohortId);
    const input = UpdateSessionRequest.parse(await readJsonBody(request));
    return NextResponse.json({ session: await updateCourseSession(cohortId, sessionId, input) });
  });
}

/** Deletes a session from the timeline (the groups' rooms and their work stay). */
export async function DELETE(request: Request, context: Context) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "cohort-session-delete", guard }, async (user, { cohortId, sessionId }) => {
    await assertCohortTrainer(user, cohortId);
    await deleteCourseSession(cohortId, sessionId);
    return NextResponse.json({ ok: true });
  });
}
