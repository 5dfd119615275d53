import { NextResponse } from "next/server";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { getCohortOverview } from "@/lib/server/cohorts/get-cohort-overview";
import { splitParticipantsEvenly } from "@/lib/server/cohorts/split-participants-evenly";
import { assertSameOrigin } from "@/lib/server/http/api-response";
import { handleRoute, type CohortRouteContext } from "@/lib/server/http/route-frame";
import { accessChanged } from "@/lib/server/realtime/access-changes";

export const dynamic = "force-dynamic";

/** Redistributes all participants round-robin over the groups; answers the new group sizes. */
export async function POST(request: Request, context: CohortRouteContext) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "cohort-split-evenly", guard }, async (user, { cohortId }) => {
    await assertCohortTrainer(user, cohortId);
    const groupSizes = await splitParticipantsEvenly(cohortId);
    // Whoever moved loses their old group's room now; the others' connections are unaffected.
    const { participants } = await getCohortOverview(cohortId);
    await Promise.all(participants.map((participant) => accessChanged(participant.userId)));
    return NextResponse.json({ groupSizes });
  });
}
