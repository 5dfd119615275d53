import { NextResponse } from "next/server";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { closeJoinCode } from "@/lib/server/cohorts/close-join-code";
import { renewJoinCode } from "@/lib/server/cohorts/renew-join-code";
import { assertSameOrigin } from "@/lib/server/http/api-response";
import { handleRoute, type CohortRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";

/** Renews the participant code: a new one opens, the old one stops working. */
export async function POST(request: Request, context: CohortRouteContext) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "cohort-join-code-renew", guard }, async (user, { cohortId }) => {
    await assertCohortTrainer(user, cohortId);
    const { code } = await renewJoinCode(cohortId);
    return NextResponse.json({ code });
  });
}

/** Closes the participant code: joining with it answers 404 until a new one is made. */
export async function DELETE(request: Request, context: CohortRouteContext) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "cohort-join-code-close", guard }, async (user, { cohortId }) => {
    await assertCohortTrainer(user, cohortId);
    await closeJoinCode(cohortId);
    return NextResponse.json({ ok: true });
  });
}
