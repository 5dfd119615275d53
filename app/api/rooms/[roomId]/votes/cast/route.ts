import { NextResponse } from "next/server";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, type RoomRouteContext } from "@/lib/server/http/route-frame";
import { castVote } from "@/lib/server/voting/cast-vote";
import { retractVote } from "@/lib/server/voting/retract-vote";

export const dynamic = "force-dynamic";

/** Places one dot on a note: { noteId }. Answers the caller's own dots. */
export async function POST(request: Request, context: RoomRouteContext) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "votes-cast", guard }, async (user, { roomId }) =>
    NextResponse.json({ myVotes: await castVote(user.id, roomId, await readJsonBody(request)) }),
  );
}

/** Takes one dot back from a note: { noteId }. Answers the caller's own dots. */
export async function DELETE(request: Request, context: RoomRouteContext) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "votes-retract", guard }, async (user, { roomId }) =>
    NextResponse.json({ myVotes: await retractVote(user.id, roomId, await readJsonBody(request)) }),
  );
}
