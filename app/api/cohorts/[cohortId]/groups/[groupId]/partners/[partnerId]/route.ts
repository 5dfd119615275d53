import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/auth/session";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";
import { deletePartner } from "@/lib/server/partners/delete-partner";
import { updatePartner } from "@/lib/server/partners/update-partner";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ cohortId: string; groupId: string; partnerId: string }> };

/** Changes a partner: any of { name, kind, interest, influence, tookPart, note }. */
export async function PATCH(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { cohortId, groupId, partnerId } = await context.params;
    const user = await getSessionUser();
    const partner = await updatePartner(user, cohortId, groupId, partnerId, await readJsonBody(request));
    return NextResponse.json({ partner });
  } catch (error) {
    return handleRouteError(error, "partners-update");
  }
}

/** Removes a partner. */
export async function DELETE(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { cohortId, groupId, partnerId } = await context.params;
    const deleted = await deletePartner(await getSessionUser(), cohortId, groupId, partnerId);
    return NextResponse.json({ deleted });
  } catch (error) {
    return handleRouteError(error, "partners-delete");
  }
}
