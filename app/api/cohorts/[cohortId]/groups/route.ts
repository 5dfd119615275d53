import { NextResponse } from "next/server";
import { GroupNameRequest } from "@/lib/shared/cohort-schemas";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { getSessionUser } from "@/lib/server/auth/session";
import { createGroup } from "@/lib/server/cohorts/create-group";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";

/** A new group with its own room (owned by the calling trainer). */
export async function POST(request: Request, context: { params: Promise<{ cohortId: string }> }) {
  try {
    assertSameOrigin(request);
    const { cohortId } = await context.params;
    const user = await assertCohortTrainer(await getSessionUser(), cohortId);
    const { name } = GroupNameRequest.parse(await readJsonBody(request));
    return NextResponse.json({ group: await createGroup(cohortId, name, user.id) }, { status: 201 });
  } catch (error) {
    return handleRouteError(error, "cohort-group-create");
  }
}
