import { NextResponse } from "next/server";
import { assertCohortOwner } from "@/lib/server/access/assert-cohort-owner";
import { getSessionUser } from "@/lib/server/auth/session";
import { removeCoTrainer } from "@/lib/server/cohorts/remove-co-trainer";
import { assertSameOrigin, handleRouteError } from "@/lib/server/http/api-response";
import { accessChanged } from "@/lib/server/realtime/access-changes";

export const dynamic = "force-dynamic";

/** Removes a co-trainer; only the cohort's owner or an admin may. */
export async function DELETE(request: Request, context: { params: Promise<{ cohortId: string; userId: string }> }) {
  try {
    assertSameOrigin(request);
    const { cohortId, userId } = await context.params;
    await assertCohortOwner(await getSessionUser(), cohortId);
    await removeCoTrainer(cohortId, userId);
    await accessChanged(userId);
    return NextResponse.json({ ok: true });
  } catch (error) {
    return handleRouteError(error, "cohort-trainer-remove");
  }
}
