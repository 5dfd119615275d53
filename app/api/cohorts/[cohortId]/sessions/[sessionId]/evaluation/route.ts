import { NextResponse } from "next/server";
import { getQuestionnaire } from "@/lib/server/evaluation/get-questionnaire";
import { saveQuestions } from "@/lib/server/evaluation/save-questions";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, type CohortRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";

type Context = CohortRouteContext<{ cohortId: string; sessionId: string }>;

/** The session's questionnaire: trainers in any state, participants once open (with their answers). */
export async function GET(_request: Request, context: Context) {
  return handleRoute(context, { route: "evaluation-get" }, async (user, { cohortId, sessionId }) =>
    NextResponse.json(await getQuestionnaire(user, cohortId, sessionId)),
  );
}

/** Sets the questions of a draft questionnaire (trainers): { questions: [...] } in order; the service checks access, then zod-parses. */
export async function PUT(request: Request, context: Context) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "evaluation-save-questions", guard }, async (user, { cohortId, sessionId }) => {
    const questionnaire = await saveQuestions(user, cohortId, sessionId, await readJsonBody(request));
    return NextResponse.json({ questionnaire });
  });
}
