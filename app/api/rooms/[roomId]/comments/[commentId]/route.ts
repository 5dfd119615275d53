import { NextResponse } from "next/server";
import { deleteComment } from "@/lib/server/comments/delete-comment";
import { setCommentResolved } from "@/lib/server/comments/set-comment-resolved";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, type RoomRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";
type Context = RoomRouteContext<{ roomId: string; commentId: string }>;

/** Resolves or reopens a thread: { resolved: boolean }. Answers the thread. */
export async function PATCH(request: Request, context: Context) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "comments-resolve", guard }, async (user, { roomId, commentId }) => {
    const thread = await setCommentResolved(user.id, roomId, commentId, await readJsonBody(request));
    return NextResponse.json({ thread });
  });
}

/** Deletes a comment (its author, or a trainer of the room); a thread goes with its replies. */
export async function DELETE(request: Request, context: Context) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "comments-delete", guard }, async (user, { roomId, commentId }) =>
    NextResponse.json({ deleted: await deleteComment(user.id, roomId, commentId) }),
  );
}
