import { NextResponse } from "next/server";
import { createCommentThread } from "@/lib/server/comments/create-comment-thread";
import { listCommentThreads } from "@/lib/server/comments/list-comment-threads";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, uncachedJson, type RoomRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";

/** The room's feedback threads with replies, the unresolved count and the caller's rights. */
export async function GET(_request: Request, context: RoomRouteContext) {
  return handleRoute(context, { route: "comments" }, async (user, { roomId }) =>
    uncachedJson(await listCommentThreads(user.id, roomId)),
  );
}

/** Starts a thread (facilitators): { stageId, body, anchor?: { x, y }, shapeId? }. */
export async function POST(request: Request, context: RoomRouteContext) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "comments-create", guard }, async (user, { roomId }) => {
    const thread = await createCommentThread(user.id, roomId, await readJsonBody(request));
    return NextResponse.json({ thread }, { status: 201 });
  });
}
