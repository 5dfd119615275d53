import { NextResponse } from "next/server";
import { requireSessionUser } from "@/lib/server/auth/session";
import { replyToComment } from "@/lib/server/comments/reply-to-comment";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ roomId: string; commentId: string }> };

/** Replies to a thread (everyone who works in the room): { body }. Answers the thread. */
export async function POST(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { roomId, commentId } = await context.params;
    const user = await requireSessionUser();
    const thread = await replyToComment(user.id, roomId, commentId, await readJsonBody(request));
    return NextResponse.json({ thread }, { status: 201 });
  } catch (error) {
    return handleRouteError(error, "comments-reply");
  }
}
