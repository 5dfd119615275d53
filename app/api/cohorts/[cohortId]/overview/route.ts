import { z } from "zod";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { idSchema } from "@/lib/server/cohorts/cohort-input";
import { handleRoute, uncachedJson, type CohortRouteContext } from "@/lib/server/http/route-frame";
import { loadCohortOverview } from "@/lib/server/review/load-cohort-overview";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ cohortId: idSchema });

/** Every group's room at a glance (figures per stage, activity), for the cohort's trainers. */
export async function GET(_request: Request, context: CohortRouteContext) {
  return handleRoute(context, { route: "cohort-overview", paramsSchema }, async (user, { cohortId }) => {
    await assertCohortTrainer(user, cohortId);
    return uncachedJson(await loadCohortOverview(cohortId));
  });
}
