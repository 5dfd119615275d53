/** Client side of `GET /api/rooms/<roomId>/token`. */
import { z } from "zod";
import { RoomRole } from "@/lib/shared/realtime/room-token";

export const RoomTokenResponse = z.object({
  token: z.string().min(1),
  /** Websocket path prefix, e.g. "/yjs". */
  url: z.string().min(1),
  role: RoomRole,
  facilitator: z.boolean(),
  user: z.object({ id: z.string(), name: z.string() }),
});
export type RoomTokenResponse = z.infer<typeof RoomTokenResponse>;

/** Why a token could not be had: no session, no access, or anything else (retry later). */
export class RoomTokenError extends Error {
  constructor(
    readonly reason: "unauthenticated" | "forbidden" | "unavailable",
    message: string,
  ) {
    super(message);
  }
}

export async function fetchRoomToken(roomId: string, signal?: AbortSignal): Promise<RoomTokenResponse> {
  let response: Response;
  try {
    response = await fetch(`/api/rooms/${encodeURIComponent(roomId)}/token`, {
      credentials: "same-origin",
      cache: "no-store",
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new RoomTokenError("unavailable", "network error");
  }
  if (response.status === 401) throw new RoomTokenError("unauthenticated", "no session");
  if (response.status === 403 || response.status === 404) throw new RoomTokenError("forbidden", "no access");
  if (!response.ok) throw new RoomTokenError("unavailable", `token request failed (${response.status})`);
  return RoomTokenResponse.parse(await response.json());
}

/** `ws(s)://<this host><path>`: the realtime endpoint runs on the page's own origin. */
export function websocketBaseUrl(path: string, location: Location = window.location): string {
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  return `${scheme}://${location.host}${path.replace(/\/$/, "")}`;
}
