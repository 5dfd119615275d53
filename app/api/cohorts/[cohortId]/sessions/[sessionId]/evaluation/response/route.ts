import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/auth/session";
import { submitResponse } from "@/lib/server/evaluation/submit-response";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";
import { SubmitResponseInput } from "@/lib/shared/evaluation/evaluation-schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ cohortId: string; sessionId: string }> };

/** A participant's answers to the open questionnaire, replacing their earlier ones: { answers }. */
export async function PUT(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { cohortId, sessionId } = await context.params;
    const input = SubmitResponseInput.parse(await readJsonBody(request));
    const answers = await submitResponse(await getSessionUser(), cohortId, sessionId, input);
    return NextResponse.json({ response: { answers } });
  } catch (error) {
    return handleRouteError(error, "evaluation-submit-response");
  }
}
