import { NextResponse } from "next/server";
import { JoinRequest } from "@/lib/shared/join-schema";
import { getSessionUser } from "@/lib/server/auth/session";
import { encodeSessionToken, sessionCookieName, sessionCookieOptions } from "@/lib/server/auth/session-cookie";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";
import { joinRoomByCode } from "@/lib/server/rooms/join-room-by-code";

export const dynamic = "force-dynamic";

/** Joins a room by code and display name; no account. The same device keeps its guest identity. */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const input = JoinRequest.parse(await readJsonBody(request));
    const current = await getSessionUser();
    const joined = await joinRoomByCode({
      code: input.code,
      name: input.name,
      guestUserId: current?.kind === "guest" ? current.id : undefined,
    });
    const response = NextResponse.json({ roomId: joined.roomId });
    if (current?.kind !== "trainer") {
      const token = await encodeSessionToken({ sub: joined.userId, name: joined.name, kind: "guest" });
      response.cookies.set(sessionCookieName(), token, sessionCookieOptions());
    }
    return response;
  } catch (error) {
    return handleRouteError(error, "join");
  }
}
