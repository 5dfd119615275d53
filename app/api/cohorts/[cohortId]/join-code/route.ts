import { NextResponse } from "next/server";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { getSessionUser } from "@/lib/server/auth/session";
import { closeJoinCode } from "@/lib/server/cohorts/close-join-code";
import { renewJoinCode } from "@/lib/server/cohorts/renew-join-code";
import { assertSameOrigin, handleRouteError } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ cohortId: string }> };

/** Renews the participant code: a new one opens, the old one stops working. */
export async function POST(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { cohortId } = await context.params;
    await assertCohortTrainer(await getSessionUser(), cohortId);
    const { code } = await renewJoinCode(cohortId);
    return NextResponse.json({ code });
  } catch (error) {
    return handleRouteError(error, "cohort-join-code-renew");
  }
}

/** Closes the participant code: joining with it answers 404 until a new one is made. */
export async function DELETE(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { cohortId } = await context.params;
    await assertCohortTrainer(await getSessionUser(), cohortId);
    await closeJoinCode(cohortId);
    return NextResponse.json({ ok: true });
  } catch (error) {
    return handleRouteError(error, "cohort-join-code-close");
  }
}
