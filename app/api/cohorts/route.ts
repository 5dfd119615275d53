import { NextResponse } from "next/server";
import { CreateCohortRequest } from "@/lib/shared/cohort-schemas";
import { assertTrainer } from "@/lib/server/access/assert-trainer";
import { createCohort } from "@/lib/server/cohorts/create-cohort";
import { listCohortsForUser } from "@/lib/server/cohorts/list-cohorts-for-user";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, noPathParams, uncachedJson } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";

/** The cohorts the caller trains (admins: all) or takes part in. */
export async function GET() {
  return handleRoute(noPathParams, { route: "cohorts-list" }, async (user) =>
    uncachedJson({ cohorts: await listCohortsForUser(user) }),
  );
}

/** A new cohort owned by the calling trainer, from the course programme or empty. */
export async function POST(request: Request) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(noPathParams, { route: "cohorts-create", guard }, async (user) => {
    await assertTrainer(user);
    const input = CreateCohortRequest.parse(await readJsonBody(request));
    const cohort = await createCohort(user.id, input);
    return NextResponse.json({ cohortId: cohort.id, cohort }, { status: 201 });
  });
}
