import { NextResponse } from "next/server";
import { requireSessionUser } from "@/lib/server/auth/session";
import { createCommentThread } from "@/lib/server/comments/create-comment-thread";
import { listCommentThreads } from "@/lib/server/comments/list-comment-threads";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ roomId: string }> };

/** The room's feedback threads with replies, the unresolved count and the caller's rights. */
export async function GET(_request: Request, context: Context) {
  try {
    const { roomId } = await context.params;
    const user = await requireSessionUser();
    return NextResponse.json(await listCommentThreads(user.id, roomId), {
      headers: { "cache-control": "no-store" },
    });
  } catch (error) {
    return handleRouteError(error, "comments");
  }
}

/** Starts a thread (facilitators): { stageId, body, anchor?: { x, y }, shapeId? }. */
export async function POST(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { roomId } = await context.params;
    const user = await requireSessionUser();
    const thread = await createCommentThread(user.id, roomId, await readJsonBody(request));
    return NextResponse.json({ thread }, { status: 201 });
  } catch (error) {
    return handleRouteError(error, "comments-create");
  }
}
