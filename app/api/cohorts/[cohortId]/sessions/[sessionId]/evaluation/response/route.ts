import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/auth/session";
import { submitResponse } from "@/lib/server/evaluation/submit-response";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ cohortId: string; sessionId: string }> };

/** A participant's answers to the open questionnaire, replacing their earlier ones: { answers }. */
export async function PUT(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { cohortId, sessionId } = await context.params;
    const answers = await submitResponse(await getSessionUser(), cohortId, sessionId, await readJsonBody(request));
    return NextResponse.json({ response: { answers } });
  } catch (error) {
    return handleRouteError(error, "evaluation-submit-response");
  }
}
