import { NextResponse } from "next/server";
import { assertCohortOwner } from "@/lib/server/access/assert-cohort-owner";
import { removeCoTrainer } from "@/lib/server/cohorts/remove-co-trainer";
import { assertSameOrigin } from "@/lib/server/http/api-response";
import { handleRoute, type CohortRouteContext } from "@/lib/server/http/route-frame";
import { accessChanged } from "@/lib/server/realtime/access-changes";

export const dynamic = "force-dynamic";

/** Removes a co-trainer; only the cohort's owner or an admin may. */
export async function DELETE(request: Request, context: CohortRouteContext<{ cohortId: string; userId: string }>) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "cohort-trainer-remove", guard }, async (user, { cohortId, userId }) => {
    await assertCohortOwner(user, cohortId);
    await removeCoTrainer(cohortId, userId);
    await accessChanged(userId);
    return NextResponse.json({ ok: true });
  });
}
