import { NextResponse } from "next/server";
import { addAction } from "@/lib/server/actions/add-action";
import { listActionPlan } from "@/lib/server/actions/list-action-plan";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, uncachedJson, type RoomRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";

/** The room's action plan, overdue first, and the day overdue was measured against. */
export async function GET(_request: Request, context: RoomRouteContext) {
  return handleRoute(context, { route: "actions" }, async (user, { roomId }) =>
    uncachedJson(await listActionPlan(user.id, roomId)),
  );
}

/** Adds an action: `{ noteId }` from a sticky note on the board, or a typed one `{ title, … }`. */
export async function POST(request: Request, context: RoomRouteContext) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "actions-create", guard }, async (user, { roomId }) => {
    const action = await addAction(user.id, roomId, await readJsonBody(request));
    return NextResponse.json({ action }, { status: 201 });
  });
}
