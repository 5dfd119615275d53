import { NextResponse } from "next/server";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { getSessionUser } from "@/lib/server/auth/session";
import { splitParticipantsEvenly } from "@/lib/server/cohorts/split-participants-evenly";
import { assertSameOrigin, handleRouteError } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";

/** Redistributes all participants round-robin over the groups; answers the new group sizes. */
export async function POST(request: Request, context: { params: Promise<{ cohortId: string }> }) {
  try {
    assertSameOrigin(request);
    const { cohortId } = await context.params;
    await assertCohortTrainer(await getSessionUser(), cohortId);
    return NextResponse.json({ groupSizes: await splitParticipantsEvenly(cohortId) });
  } catch (error) {
    return handleRouteError(error, "cohort-split-evenly");
  }
}
