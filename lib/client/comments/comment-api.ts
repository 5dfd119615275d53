/** The feedback-comment routes as functions (lib/server/comments/* behind them). */
import type {
  CommentAnchor,
  CommentListResponse,
  CommentThreadView,
} from "@/lib/shared/comments/comment-schemas";
import type { StageId } from "@/lib/shared/stages";
import { requestJson } from "../api-request";

export { ApiRequestError as CommentApiError } from "../api-request";

function send<T>(roomId: string, path: string, method: string, body?: unknown): Promise<T> {
  return requestJson<T>(`/api/rooms/${encodeURIComponent(roomId)}/comments${path}`, method, body);
}

const commentPath = (commentId: string) => `/${encodeURIComponent(commentId)}`;

export function fetchCommentThreads(roomId: string): Promise<CommentListResponse> {
  return send(roomId, "", "GET");
}

export interface NewThread {
  stageId: StageId;
  body: string;
  anchor: CommentAnchor | null;
  shapeId: string | null;
}

export async function requestCreateThread(roomId: string, thread: NewThread): Promise<CommentThreadView> {
  return (await send<{ thread: CommentThreadView }>(roomId, "", "POST", thread)).thread;
}

export async function requestReply(roomId: string, threadId: string, body: string): Promise<CommentThreadView> {
  return (await send<{ thread: CommentThreadView }>(roomId, `${commentPath(threadId)}/replies`, "POST", { body }))
    .thread;
}

export async function requestSetResolved(roomId: string, threadId: string, resolved: boolean): Promise<CommentThreadView> {
  return (await send<{ thread: CommentThreadView }>(roomId, commentPath(threadId), "PATCH", { resolved })).thread;
}

export async function requestDeleteComment(roomId: string, commentId: string): Promise<void> {
  await send(roomId, commentPath(commentId), "DELETE");
}
