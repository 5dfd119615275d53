import { NextResponse } from "next/server";
import { submitResponse } from "@/lib/server/evaluation/submit-response";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, type CohortRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";

type Context = CohortRouteContext<{ cohortId: string; sessionId: string }>;

/** A participant's answers to the open questionnaire, replacing their earlier ones: { answers }. */
export async function PUT(request: Request, context: Context) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "evaluation-submit-response", guard }, async (user, { cohortId, sessionId }) => {
    const answers = await submitResponse(user, cohortId, sessionId, await readJsonBody(request));
    return NextResponse.json({ response: { answers } });
  });
}
