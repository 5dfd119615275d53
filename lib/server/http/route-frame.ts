/**
 * The frame of a signed-in API route handler (/api/rooms/[roomId]/…, /api/cohorts/…, /api/admin/…):
 * read the path, require a signed-in caller, do the route's work, and answer whatever it throws as
 * a JSON error (api-response.ts). Who may touch what is the service's business (lib/server/access),
 * not the frame's.
 */
import { NextResponse } from "next/server";
import { requireSessionUser, type SessionUser } from "@/lib/server/auth/session";
import { handleRouteError } from "./api-response";

/** What Next passes a route handler: the route's path parameters. */
export interface RouteContext<Params extends object> {
  params: Promise<Params>;
}

/** A handler under /api/rooms/[roomId]/…: `roomId` and the route's other path parameters. */
export type RoomRouteContext<Params extends { roomId: string } = { roomId: string }> =
  RouteContext<Params>;

/** A handler under /api/cohorts/[cohortId]/…: `cohortId` and the route's other path parameters. */
export type CohortRouteContext<Params extends { cohortId: string } = { cohortId: string }> =
  RouteContext<Params>;

/** For a route without path parameters (/api/cohorts, /api/admin/trainers). */
export const noPathParams: RouteContext<Record<string, never>> = { params: Promise.resolve({}) };

export interface RouteOptions<RawParams, Params> {
  /** Names the route in the log when something unexpected is thrown. */
  route: string;
  /**
   * Runs first. Every write handler passes `() => assertSameOrigin(request)`, so a cross-site
   * request is refused (403) before the session is read.
   */
  guard?: () => void;
  /** A zod schema for the path: a malformed one answers 400 before the session is read. */
  paramsSchema?: { parse(raw: RawParams): Params };
}

/** Runs `work` for the signed-in caller (401 without one) with the route's path parameters. */
export async function handleRoute<RawParams extends object, Params extends object = RawParams>(
  context: RouteContext<RawParams>,
  options: RouteOptions<RawParams, Params>,
  work: (user: SessionUser, params: Params) => Promise<Response>,
): Promise<Response> {
  try {
    options.guard?.();
    const rawParams = await context.params;
    // Without a schema the path is taken as Next passes it (Params defaults to RawParams).
    const params = options.paramsSchema
      ? options.paramsSchema.parse(rawParams)
      : (rawParams as unknown as Params);
    const user = await requireSessionUser();
    return await work(user, params);
  } catch (error) {
    return handleRouteError(error, options.route);
  }
}

/** A JSON answer no cache keeps: lists that change with every edit. */
export function uncachedJson(body: unknown): NextResponse {
  return NextResponse.json(body, { headers: { "cache-control": "no-store" } });
}
