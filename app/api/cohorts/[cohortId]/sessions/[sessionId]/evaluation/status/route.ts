import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/auth/session";
import { setQuestionnaireStatus } from "@/lib/server/evaluation/set-questionnaire-status";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ cohortId: string; sessionId: string }> };

/** Opens or closes the questionnaire (trainers): { status: "open" | "closed" }. */
export async function PUT(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { cohortId, sessionId } = await context.params;
    const questionnaire = await setQuestionnaireStatus(await getSessionUser(), cohortId, sessionId, await readJsonBody(request));
    return NextResponse.json({ questionnaire });
  } catch (error) {
    return handleRouteError(error, "evaluation-set-status");
  }
}
