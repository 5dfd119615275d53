/**
 * The frame of a route handler under /api/rooms/[roomId]/…: read the path, require a signed-in
 * caller, do the route's work, and answer whatever it throws as a JSON error (api-response.ts).
 * Which rooms the caller may touch is the service's business (lib/server), not the frame's.
 */
import { NextResponse } from "next/server";
import { requireSessionUser, type SessionUser } from "@/lib/server/auth/session";
import { handleRouteError } from "./api-response";

/** What Next passes a room route handler: `roomId` and the route's other path parameters. */
export interface RoomRouteContext<Params extends { roomId: string } = { roomId: string }> {
  params: Promise<Params>;
}

export interface RoomRouteOptions {
  /** Names the route in the log when something unexpected is thrown. */
  route: string;
  /**
   * Runs first. Every write handler passes `() => assertSameOrigin(request)`, so a cross-site
   * request is refused (403) before the session is read.
   */
  guard?: () => void;
}

/** Runs `work` for the signed-in caller (401 without one) with the route's path parameters. */
export async function handleRoomRoute<Params extends { roomId: string }>(
  context: RoomRouteContext<Params>,
  options: RoomRouteOptions,
  work: (user: SessionUser, params: Params) => Promise<Response>,
): Promise<Response> {
  try {
    options.guard?.();
    const params = await context.params;
    const user = await requireSessionUser();
    return await work(user, params);
  } catch (error) {
    return handleRouteError(error, options.route);
  }
}

/** A JSON answer no cache keeps: the room's lists change with every edit. */
export function uncachedJson(body: unknown): NextResponse {
  return NextResponse.json(body, { headers: { "cache-control": "no-store" } });
}
