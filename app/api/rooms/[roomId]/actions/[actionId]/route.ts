import { NextResponse } from "next/server";
import { deleteAction } from "@/lib/server/actions/delete-action";
import { updateAction } from "@/lib/server/actions/update-action";
import { requireSessionUser } from "@/lib/server/auth/session";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ roomId: string; actionId: string }> };

/** Changes an action: any of { title, ownerName, partners, dueOn, status }. Answers the action. */
export async function PATCH(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { roomId, actionId } = await context.params;
    const user = await requireSessionUser();
    const action = await updateAction(user.id, roomId, actionId, await readJsonBody(request));
    return NextResponse.json({ action });
  } catch (error) {
    return handleRouteError(error, "actions-update");
  }
}

/** Deletes an action. */
export async function DELETE(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { roomId, actionId } = await context.params;
    const user = await requireSessionUser();
    return NextResponse.json({ deleted: await deleteAction(user.id, roomId, actionId) });
  } catch (error) {
    return handleRouteError(error, "actions-delete");
  }
}
