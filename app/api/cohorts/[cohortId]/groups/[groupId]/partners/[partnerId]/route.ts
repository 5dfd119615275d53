import { NextResponse } from "next/server";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, type CohortRouteContext } from "@/lib/server/http/route-frame";
import { deletePartner } from "@/lib/server/partners/delete-partner";
import { updatePartner } from "@/lib/server/partners/update-partner";

export const dynamic = "force-dynamic";
type Context = CohortRouteContext<{ cohortId: string; groupId: string; partnerId: string }>;

/** Changes a partner: any of { name, kind, interest, influence, tookPart, note }. */
export async function PATCH(request: Request, context: Context) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "partners-update", guard }, async (user, { cohortId, groupId, partnerId }) => {
    const partner = await updatePartner(user, cohortId, groupId, partnerId, await readJsonBody(request));
    return NextResponse.json({ partner });
  });
}

/** Removes a partner. */
export async function DELETE(request: Request, context: Context) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "partners-delete", guard }, async (user, { cohortId, groupId, partnerId }) =>
    NextResponse.json({ deleted: await deletePartner(user, cohortId, groupId, partnerId) }),
  );
}
