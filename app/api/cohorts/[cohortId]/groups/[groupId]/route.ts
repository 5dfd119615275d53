import { NextResponse } from "next/server";
import { GroupNameRequest } from "@/lib/shared/cohort-schemas";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { getSessionUser } from "@/lib/server/auth/session";
import { renameGroup } from "@/lib/server/cohorts/rename-group";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";

/** Renames a group (its room keeps its id and work). */
export async function PATCH(request: Request, context: { params: Promise<{ cohortId: string; groupId: string }> }) {
  try {
    assertSameOrigin(request);
    const { cohortId, groupId } = await context.params;
    await assertCohortTrainer(await getSessionUser(), cohortId);
    const { name } = GroupNameRequest.parse(await readJsonBody(request));
    await renameGroup(cohortId, groupId, name);
    return NextResponse.json({ ok: true });
  } catch (error) {
    return handleRouteError(error, "cohort-group-rename");
  }
}
