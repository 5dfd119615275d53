import { NextResponse } from "next/server";
import { addAction } from "@/lib/server/actions/add-action";
import { listActionPlan } from "@/lib/server/actions/list-action-plan";
import { requireSessionUser } from "@/lib/server/auth/session";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ roomId: string }> };

/** The room's action plan, overdue first, and the day overdue was measured against. */
export async function GET(_request: Request, context: Context) {
  try {
    const { roomId } = await context.params;
    const user = await requireSessionUser();
    return NextResponse.json(await listActionPlan(user.id, roomId), {
      headers: { "cache-control": "no-store" },
    });
  } catch (error) {
    return handleRouteError(error, "actions");
  }
}

/** Adds an action: `{ noteId }` from a sticky note on the board, or a typed one `{ title, … }`. */
export async function POST(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { roomId } = await context.params;
    const user = await requireSessionUser();
    const action = await addAction(user.id, roomId, await readJsonBody(request));
    return NextResponse.json({ action }, { status: 201 });
  } catch (error) {
    return handleRouteError(error, "actions-create");
  }
}
