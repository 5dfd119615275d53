import { NextResponse } from "next/server";
import { requireSessionUser } from "@/lib/server/auth/session";
import { deleteComment } from "@/lib/server/comments/delete-comment";
import { setCommentResolved } from "@/lib/server/comments/set-comment-resolved";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ roomId: string; commentId: string }> };

/** Resolves or reopens a thread: { resolved: boolean }. Answers the thread. */
export async function PATCH(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { roomId, commentId } = await context.params;
    const user = await requireSessionUser();
    const thread = await setCommentResolved(user.id, roomId, commentId, await readJsonBody(request));
    return NextResponse.json({ thread });
  } catch (error) {
    return handleRouteError(error, "comments-resolve");
  }
}

/** Deletes a comment (its author, or a trainer of the room); a thread goes with its replies. */
export async function DELETE(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { roomId, commentId } = await context.params;
    const user = await requireSessionUser();
    return NextResponse.json({ deleted: await deleteComment(user.id, roomId, commentId) });
  } catch (error) {
    return handleRouteError(error, "comments-delete");
  }
}
