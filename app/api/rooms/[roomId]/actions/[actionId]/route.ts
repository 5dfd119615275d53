import { NextResponse } from "next/server";
import { deleteAction } from "@/lib/server/actions/delete-action";
import { updateAction } from "@/lib/server/actions/update-action";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, type RoomRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";
type Context = RoomRouteContext<{ roomId: string; actionId: string }>;

/** Changes an action: any of { title, ownerName, partners, dueOn, status }. Answers the action. */
export async function PATCH(request: Request, context: Context) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "actions-update", guard }, async (user, { roomId, actionId }) => {
    const action = await updateAction(user.id, roomId, actionId, await readJsonBody(request));
    return NextResponse.json({ action });
  });
}

/** Deletes an action. */
export async function DELETE(request: Request, context: Context) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "actions-delete", guard }, async (user, { roomId, actionId }) =>
    NextResponse.json({ deleted: await deleteAction(user.id, roomId, actionId) }),
  );
}
