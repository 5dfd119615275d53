import { NextResponse } from "next/server";
import { CreateCohortRequest } from "@/lib/shared/cohort-schemas";
import { assertTrainer } from "@/lib/server/access/assert-trainer";
import { getSessionUser, requireSessionUser } from "@/lib/server/auth/session";
import { createCohort } from "@/lib/server/cohorts/create-cohort";
import { listCohortsForUser } from "@/lib/server/cohorts/list-cohorts-for-user";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";

/** The cohorts the caller trains (admins: all) or takes part in. */
export async function GET() {
  try {
    const user = await requireSessionUser();
    return NextResponse.json({ cohorts: await listCohortsForUser(user) }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return handleRouteError(error, "cohorts-list");
  }
}

/** A new cohort owned by the calling trainer, from the course programme or empty. */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const user = await assertTrainer(await getSessionUser());
    const input = CreateCohortRequest.parse(await readJsonBody(request));
    const cohort = await createCohort(user.id, input);
    return NextResponse.json({ cohortId: cohort.id, cohort }, { status: 201 });
  } catch (error) {
    return handleRouteError(error, "cohorts-create");
  }
}
