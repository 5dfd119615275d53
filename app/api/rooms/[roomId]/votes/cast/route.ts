import { NextResponse } from "next/server";
import { requireSessionUser } from "@/lib/server/auth/session";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";
import { castVote } from "@/lib/server/voting/cast-vote";
import { retractVote } from "@/lib/server/voting/retract-vote";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ roomId: string }> };

/** Places one dot on a note: { noteId }. Answers the caller's own dots. */
export async function POST(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { roomId } = await context.params;
    const user = await requireSessionUser();
    const myVotes = await castVote(user.id, roomId, await readJsonBody(request));
    return NextResponse.json({ myVotes });
  } catch (error) {
    return handleRouteError(error, "votes-cast");
  }
}

/** Takes one dot back from a note: { noteId }. Answers the caller's own dots. */
export async function DELETE(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { roomId } = await context.params;
    const user = await requireSessionUser();
    const myVotes = await retractVote(user.id, roomId, await readJsonBody(request));
    return NextResponse.json({ myVotes });
  } catch (error) {
    return handleRouteError(error, "votes-retract");
  }
}
