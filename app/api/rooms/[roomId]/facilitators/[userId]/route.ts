import { NextResponse } from "next/server";
import { z } from "zod";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, type RoomRouteContext } from "@/lib/server/http/route-frame";
import { accessChanged } from "@/lib/server/realtime/access-changes";
import { setRoomFacilitator } from "@/lib/server/rooms/set-room-facilitator";

export const dynamic = "force-dynamic";
type Context = RoomRouteContext<{ roomId: string; userId: string }>;

const SetFacilitatorInput = z.object({ facilitator: z.boolean() });

/**
 * Makes a participant of the room a facilitator, or takes it back (trainers who facilitate the
 * room): { facilitator: boolean }. Their open connection is then closed (4401) so it reconnects
 * with a token carrying the new right.
 */
export async function PUT(request: Request, context: Context) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "room-facilitator", guard }, async (user, { roomId, userId }) => {
    const { facilitator } = SetFacilitatorInput.parse(await readJsonBody(request));
    const result = await setRoomFacilitator(user.id, roomId, userId, facilitator);
    await accessChanged(userId);
    return NextResponse.json(result);
  });
}
