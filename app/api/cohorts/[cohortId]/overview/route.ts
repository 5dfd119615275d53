import { NextResponse } from "next/server";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { getSessionUser } from "@/lib/server/auth/session";
import { idSchema } from "@/lib/server/cohorts/cohort-input";
import { handleRouteError } from "@/lib/server/http/api-response";
import { loadCohortOverview } from "@/lib/server/review/load-cohort-overview";

export const dynamic = "force-dynamic";

/** Every group's room at a glance (figures per stage, activity), for the cohort's trainers. */
export async function GET(_request: Request, context: { params: Promise<{ cohortId: string }> }) {
  try {
    const cohortId = idSchema.parse((await context.params).cohortId);
    await assertCohortTrainer(await getSessionUser(), cohortId);
    const overview = await loadCohortOverview(cohortId);
    return NextResponse.json(overview, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return handleRouteError(error, "cohort-overview");
  }
}
