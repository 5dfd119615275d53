import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/auth/session";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";
import { createProcessRisk } from "@/lib/server/process/create-process-risk";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ cohortId: string; groupId: string }> };

/** Adds a risk to a session's round: { sessionId, risk, mitigation? }. */
export async function POST(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { cohortId, groupId } = await context.params;
    const risk = await createProcessRisk(await getSessionUser(), cohortId, groupId, await readJsonBody(request));
    return NextResponse.json({ risk }, { status: 201 });
  } catch (error) {
    return handleRouteError(error, "process-risks-create");
  }
}
