import { NextResponse } from "next/server";
import { replyToComment } from "@/lib/server/comments/reply-to-comment";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, type RoomRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";
type Context = RoomRouteContext<{ roomId: string; commentId: string }>;

/** Replies to a thread (everyone who works in the room): { body }. Answers the thread. */
export async function POST(request: Request, context: Context) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "comments-reply", guard }, async (user, { roomId, commentId }) => {
    const thread = await replyToComment(user.id, roomId, commentId, await readJsonBody(request));
    return NextResponse.json({ thread }, { status: 201 });
  });
}
