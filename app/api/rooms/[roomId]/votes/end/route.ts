import { NextResponse } from "next/server";
import { assertSameOrigin } from "@/lib/server/http/api-response";
import { handleRoute, type RoomRouteContext } from "@/lib/server/http/route-frame";
import { endVote } from "@/lib/server/voting/end-vote";

export const dynamic = "force-dynamic";

/** Ends the open vote (facilitators) and answers { session, counts } (dots per note id). */
export async function POST(request: Request, context: RoomRouteContext) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "votes-end", guard }, async (user, { roomId }) =>
    NextResponse.json(await endVote(user.id, roomId)),
  );
}
