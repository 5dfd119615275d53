import { NextResponse } from "next/server";
import { getSessionResults } from "@/lib/server/evaluation/get-session-results";
import { handleRoute, type CohortRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";

type Context = CohortRouteContext<{ cohortId: string; sessionId: string }>;

/** The session's results (trainers): counts, means, distributions, open answers without names. */
export async function GET(_request: Request, context: Context) {
  return handleRoute(context, { route: "evaluation-results" }, async (user, { cohortId, sessionId }) =>
    NextResponse.json({ results: await getSessionResults(user, cohortId, sessionId) }),
  );
}
