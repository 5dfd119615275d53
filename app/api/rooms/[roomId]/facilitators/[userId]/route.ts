import { NextResponse } from "next/server";
import { z } from "zod";
import { requireSessionUser } from "@/lib/server/auth/session";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";
import { accessChanged } from "@/lib/server/realtime/access-changes";
import { setRoomFacilitator } from "@/lib/server/rooms/set-room-facilitator";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ roomId: string; userId: string }> };

const SetFacilitatorInput = z.object({ facilitator: z.boolean() });

/**
 * Makes a participant of the room a facilitator, or takes it back (trainers who facilitate the
 * room): { facilitator: boolean }. Their open connection is then closed (4401) so it reconnects
 * with a token carrying the new right.
 */
export async function PUT(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { roomId, userId } = await context.params;
    const user = await requireSessionUser();
    const { facilitator } = SetFacilitatorInput.parse(await readJsonBody(request));
    const result = await setRoomFacilitator(user.id, roomId, userId, facilitator);
    await accessChanged(userId);
    return NextResponse.json(result);
  } catch (error) {
    return handleRouteError(error, "room-facilitator");
  }
}
