import { NextResponse } from "next/server";
import { CoTrainerRequest } from "@/lib/shared/cohort-schemas";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { getSessionUser } from "@/lib/server/auth/session";
import { addCoTrainer } from "@/lib/server/cohorts/add-co-trainer";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";

/** Adds an existing trainer account (by email) as co-trainer; 404 when no trainer has it. */
export async function POST(request: Request, context: { params: Promise<{ cohortId: string }> }) {
  try {
    assertSameOrigin(request);
    const { cohortId } = await context.params;
    await assertCohortTrainer(await getSessionUser(), cohortId);
    const { email } = CoTrainerRequest.parse(await readJsonBody(request));
    return NextResponse.json({ trainer: await addCoTrainer(cohortId, email) }, { status: 201 });
  } catch (error) {
    return handleRouteError(error, "cohort-trainer-add");
  }
}
