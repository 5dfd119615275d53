import { NextResponse } from "next/server";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, uncachedJson, type RoomRouteContext } from "@/lib/server/http/route-frame";
import { getVoteStatus } from "@/lib/server/voting/my-votes";
import { startVote } from "@/lib/server/voting/start-vote";

export const dynamic = "force-dynamic";

/** The room's latest vote and the caller's own dots (never anyone else's). */
export async function GET(_request: Request, context: RoomRouteContext) {
  return handleRoute(context, { route: "votes" }, async (user, { roomId }) =>
    uncachedJson(await getVoteStatus(user.id, roomId)),
  );
}

/** Starts a dot vote on a stage (facilitators): { stageId, votesPerPerson, maxPerNote }. */
export async function POST(request: Request, context: RoomRouteContext) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "votes-start", guard }, async (user, { roomId }) => {
    const session = await startVote(user.id, roomId, await readJsonBody(request));
    return NextResponse.json({ session }, { status: 201 });
  });
}
