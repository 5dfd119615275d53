import { NextResponse } from "next/server";
import { requireSessionUser } from "@/lib/server/auth/session";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";
import { getVoteStatus } from "@/lib/server/voting/my-votes";
import { startVote } from "@/lib/server/voting/start-vote";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ roomId: string }> };

/** The room's latest vote and the caller's own dots (never anyone else's). */
export async function GET(_request: Request, context: Context) {
  try {
    const { roomId } = await context.params;
    const user = await requireSessionUser();
    return NextResponse.json(await getVoteStatus(user.id, roomId), {
      headers: { "cache-control": "no-store" },
    });
  } catch (error) {
    return handleRouteError(error, "votes");
  }
}

/** Starts a dot vote on a stage (facilitators): { stageId, votesPerPerson, maxPerNote }. */
export async function POST(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { roomId } = await context.params;
    const user = await requireSessionUser();
    const session = await startVote(user.id, roomId, await readJsonBody(request));
    return NextResponse.json({ session }, { status: 201 });
  } catch (error) {
    return handleRouteError(error, "votes-start");
  }
}
