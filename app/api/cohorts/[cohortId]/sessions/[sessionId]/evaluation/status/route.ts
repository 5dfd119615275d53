import { NextResponse } from "next/server";
import { setQuestionnaireStatus } from "@/lib/server/evaluation/set-questionnaire-status";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, type CohortRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";

type Context = CohortRouteContext<{ cohortId: string; sessionId: string }>;

/** Opens or closes the questionnaire (trainers): { status: "open" | "closed" }. */
export async function PUT(request: Request, context: Context) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "evaluation-set-status", guard }, async (user, { cohortId, sessionId }) => {
    const questionnaire = await setQuestionnaireStatus(user, cohortId, sessionId, await readJsonBody(request));
    return NextResponse.json({ questionnaire });
  });
}
