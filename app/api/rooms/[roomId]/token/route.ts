import { NextResponse } from "next/server";
import { REALTIME_PATH } from "@/lib/shared/realtime/protocol";
import { loadAuthSecret } from "@/lib/server/auth/auth-secret";
import { mintRoomToken } from "@/lib/server/auth/room-token";
import { getSessionUser } from "@/lib/server/auth/session";
import { errorResponse, handleRouteError } from "@/lib/server/http/api-response";
import { findRoomAccess } from "@/lib/server/rooms/find-room-access";

export const dynamic = "force-dynamic";

/** A short-lived room token for the websocket, only for people with access to the room. */
export async function GET(_request: Request, context: { params: Promise<{ roomId: string }> }) {
  try {
    const { roomId } = await context.params;
    const user = await getSessionUser();
    if (!user) return errorResponse(401, "unauthenticated", "Join the room or sign in first.");
    const access = await findRoomAccess(user.id, roomId);
    if (!access) return errorResponse(403, "forbidden", "You have no access to this room.");
    const token = await mintRoomToken(
      { room: roomId, sub: user.id, name: user.name, role: access.role, facilitator: access.facilitator },
      loadAuthSecret(),
    );
    return NextResponse.json(
      {
        token,
        url: REALTIME_PATH,
        role: access.role,
        facilitator: access.facilitator,
        user: { id: user.id, name: user.name },
      },
      { headers: { "cache-control": "no-store" } },
    );
  } catch (error) {
    return handleRouteError(error, "room-token");
  }
}
