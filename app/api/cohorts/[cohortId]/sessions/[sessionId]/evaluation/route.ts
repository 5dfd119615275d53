import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/auth/session";
import { getQuestionnaire } from "@/lib/server/evaluation/get-questionnaire";
import { saveQuestions } from "@/lib/server/evaluation/save-questions";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";
import { SaveQuestionsInput } from "@/lib/shared/evaluation/evaluation-schemas";

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

/** Sets the questions of a draft questionnaire (trainers): { questions: [...] } in order. */
export async function PUT(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { cohortId, sessionId } = await context.params;
    const input = SaveQuestionsInput.parse(await readJsonBody(request));
    const questionnaire = await saveQuestions(await getSessionUser(), cohortId, sessionId, input);
    return NextResponse.json({ questionnaire });
  } catch (error) {
    return handleRouteError(error, "evaluation-save-questions");
  }
}
