import { NextResponse } from "next/server";
import { CoTrainerRequest } from "@/lib/shared/cohort-schemas";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { addCoTrainer } from "@/lib/server/cohorts/add-co-trainer";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, type CohortRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";

/** Adds an existing trainer account (by email) as co-trainer; 404 when no trainer has it. */
export async function POST(request: Request, context: CohortRouteContext) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "cohort-trainer-add", guard }, async (user, { cohortId }) => {
    await assertCohortTrainer(user, cohortId);
    const { email } = CoTrainerRequest.parse(await readJsonBody(request));
    return NextResponse.json({ trainer: await addCoTrainer(cohortId, email) }, { status: 201 });
  });
}
