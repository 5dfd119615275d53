import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/auth/session";
import { getSessionResults } from "@/lib/server/evaluation/get-session-results";
import { handleRouteError } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ cohortId: string; sessionId: string }> };

/** The session's results (trainers): counts, means, distributions, open answers without names. */
export async function GET(_request: Request, context: Context) {
  try {
    const { cohortId, sessionId } = await context.params;
    return NextResponse.json({ results: await getSessionResults(await getSessionUser(), cohortId, sessionId) });
  } catch (error) {
    return handleRouteError(error, "evaluation-results");
  }
}
