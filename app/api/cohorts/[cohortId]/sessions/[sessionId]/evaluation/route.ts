import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/auth/session";
import { getQuestionnaire } from "@/lib/server/evaluation/get-questionnaire";
import { saveQuestions } from "@/lib/server/evaluation/save-questions";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ cohortId: string; sessionId: string }> };

/** The session's questionnaire: trainers in any state, participants once open (with their answers). */
export async function GET(_request: Request, context: Context) {
  try {
    const { cohortId, sessionId } = await context.params;
    return NextResponse.json(await getQuestionnaire(await getSessionUser(), cohortId, sessionId));
  } catch (error) {
    return handleRouteError(error, "evaluation-get");
  }
}

/** Sets the questions of a draft questionnaire (trainers): { questions: [...] } in order; the service checks access, then zod-parses. */
export async function PUT(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { cohortId, sessionId } = await context.params;
    const questionnaire = await saveQuestions(await getSessionUser(), cohortId, sessionId, await readJsonBody(request));
    return NextResponse.json({ questionnaire });
  } catch (error) {
    return handleRouteError(error, "evaluation-save-questions");
  }
}
