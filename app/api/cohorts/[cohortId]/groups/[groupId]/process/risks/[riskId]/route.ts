import { NextResponse } from "next/server";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, type CohortRouteContext } from "@/lib/server/http/route-frame";
import { deleteProcessRisk } from "@/lib/server/process/delete-process-risk";
import { updateProcessRisk } from "@/lib/server/process/update-process-risk";

export const dynamic = "force-dynamic";
type Context = CohortRouteContext<{ cohortId: string; groupId: string; riskId: string }>;

/** Changes a risk: { risk?, mitigation? }. */
export async function PATCH(request: Request, context: Context) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "process-risks-update", guard }, async (user, { cohortId, groupId, riskId }) => {
    const risk = await updateProcessRisk(user, cohortId, groupId, riskId, await readJsonBody(request));
    return NextResponse.json({ risk });
  });
}

/** Removes a risk. */
export async function DELETE(request: Request, context: Context) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "process-risks-delete", guard }, async (user, { cohortId, groupId, riskId }) =>
    NextResponse.json({ deleted: await deleteProcessRisk(user, cohortId, groupId, riskId) }),
  );
}
