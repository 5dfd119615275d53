import { NextResponse } from "next/server";
import { JoinRequest } from "@/lib/shared/join-schema";
import { getSessionUser } from "@/lib/server/auth/session";
import { encodeSessionToken, sessionCookieName, sessionCookieOptions } from "@/lib/server/auth/session-cookie";
import { joinByCode } from "@/lib/server/cohorts/join-by-code";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";
import { clientAddressFromHeaders } from "@/lib/server/http/client-address";
import { withJoinAttemptLimit } from "@/lib/server/limits/join-attempts";

export const dynamic = "force-dynamic";

/**
 * Joins by code and display name; no account. The same device keeps its guest identity.
 * Room codes answer `{ roomId }`; cohort codes `{ roomId, cohortId }` where roomId is the group's
 * room, or null while the participant waits for the trainer to put them in a group.
 */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const input = JoinRequest.parse(await readJsonBody(request));
    const current = await getSessionUser();
    const joined = await withJoinAttemptLimit(clientAddressFromHeaders(request.headers), () =>
      joinByCode({
        code: input.code,
        name: input.name,
        guestUserId: current?.kind === "guest" ? current.id : undefined,
      }),
    );
    const response = NextResponse.json(
      joined.kind === "room" ? { roomId: joined.roomId } : { roomId: joined.roomId, cohortId: joined.cohortId },
    );
    if (current?.kind !== "trainer") {
      const token = await encodeSessionToken({ sub: joined.userId, name: joined.name, kind: "guest" });
      response.cookies.set(sessionCookieName(), token, sessionCookieOptions());
    }
    return response;
  } catch (error) {
    return handleRouteError(error, "join");
  }
}
