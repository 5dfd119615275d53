import { NextResponse } from "next/server";
import { requireSessionUser } from "@/lib/server/auth/session";
import { assertSameOrigin, handleRouteError } from "@/lib/server/http/api-response";
import { endVote } from "@/lib/server/voting/end-vote";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ roomId: string }> };

/** Ends the open vote (facilitators) and answers { session, counts } (dots per note id). */
export async function POST(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { roomId } = await context.params;
    const user = await requireSessionUser();
    return NextResponse.json(await endVote(user.id, roomId));
  } catch (error) {
    return handleRouteError(error, "votes-end");
  }
}
