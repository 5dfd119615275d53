/**
 * Decides whether an upgrade request may open a room's websocket, before the handshake
 * completes: a refused request gets a plain HTTP answer, never a websocket.
 */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { checkRoomToken } from "@/lib/server/auth/room-token";
import type { RoomDocumentStore } from "@/lib/server/documents/room-document-store";
import type { RoomTokenClaims } from "@/lib/shared/realtime/room-token";
import { roomIdFromPath } from "@/lib/shared/realtime/protocol";

export type UpgradeDecision =
  | { ok: true; roomId: string; claims: RoomTokenClaims }
  | { ok: false; status: 401 | 403 | 404 | 503; body: string };

/** Checks path, token and room existence (in that order, so unknown rooms need a valid token). */
export async function authorizeUpgrade(
  request: IncomingMessage,
  store: RoomDocumentStore,
  authSecret: string,
): Promise<UpgradeDecision> {
  const url = new URL(request.url ?? "/", "http://localhost");
  const roomId = roomIdFromPath(url.pathname);
  if (!roomId) return { ok: false, status: 404, body: "Unknown realtime path" };
  const check = await checkRoomToken(url.searchParams.get("token"), roomId, authSecret);
  if (!check.ok) {
    const body = check.status === 403 ? "Token is for another room" : `Room token ${check.reason}`;
    return { ok: false, status: check.status, body };
  }
  if (!(await store.roomExists(roomId))) return { ok: false, status: 404, body: "Room not found" };
  return { ok: true, roomId, claims: check.claims };
}

const STATUS_TEXT: Record<number, string> = {
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

/** Answers an upgrade request with a plain HTTP error and destroys the socket. */
export function refuseUpgrade(socket: Duplex, status: number, body: string): void {
  if (socket.destroyed) return;
  const text = STATUS_TEXT[status] ?? "Error";
  socket.once("finish", () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\n` +
      "Connection: close\r\n" +
      "Content-Type: text/plain; charset=utf-8\r\n" +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
