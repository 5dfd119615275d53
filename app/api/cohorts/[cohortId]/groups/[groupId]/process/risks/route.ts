import { NextResponse } from "next/server";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, type CohortRouteContext } from "@/lib/server/http/route-frame";
import { createProcessRisk } from "@/lib/server/process/create-process-risk";

export const dynamic = "force-dynamic";
type Context = CohortRouteContext<{ cohortId: string; groupId: string }>;

/** Adds a risk to a session's round: { sessionId, risk, mitigation? }. */
export async function POST(request: Request, context: Context) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "process-risks-create", guard }, async (user, { cohortId, groupId }) => {
    const risk = await createProcessRisk(user, cohortId, groupId, await readJsonBody(request));
    return NextResponse.json({ risk }, { status: 201 });
  });
}
