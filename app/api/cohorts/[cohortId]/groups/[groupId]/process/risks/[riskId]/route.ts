import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/auth/session";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";
import { deleteProcessRisk } from "@/lib/server/process/delete-process-risk";
import { updateProcessRisk } from "@/lib/server/process/update-process-risk";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ cohortId: string; groupId: string; riskId: string }> };

/** Changes a risk: { risk?, mitigation? }. */
export async function PATCH(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { cohortId, groupId, riskId } = await context.params;
    const user = await getSessionUser();
    const risk = await updateProcessRisk(user, cohortId, groupId, riskId, await readJsonBody(request));
    return NextResponse.json({ risk });
  } catch (error) {
    return handleRouteError(error, "process-risks-update");
  }
}

/** Removes a risk. */
export async function DELETE(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { cohortId, groupId, riskId } = await context.params;
    const deleted = await deleteProcessRisk(await getSessionUser(), cohortId, groupId, riskId);
    return NextResponse.json({ deleted });
  } catch (error) {
    return handleRouteError(error, "process-risks-delete");
  }
}
