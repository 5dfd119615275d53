/** Maps errors to JSON responses in one place: `{"error":{"code","message"}}`, never raw DB errors. */
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { AppError } from "@/lib/server/errors";
import { logger } from "@/lib/server/logger";

export function errorResponse(status: number, code: string, message: string): NextResponse {
  return NextResponse.json({ error: { code, message } }, { status });
}

/** Turns any thrown value into a 4xx/5xx JSON response; unexpected errors are logged, not shown. */
export function handleRouteError(error: unknown, route: string): NextResponse {
  if (error instanceof AppError) {
    const response = errorResponse(error.status, error.code, error.message);
    if (error.retryAfterSeconds !== undefined) {
      response.headers.set("Retry-After", String(Math.max(1, error.retryAfterSeconds)));
    }
    return response;
  }
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const message = issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "Invalid input";
    return errorResponse(400, "invalid_input", message);
  }
  logger.error({ err: error, route }, "unexpected error in route");
  return errorResponse(500, "internal_error", "Something went wrong on the server.");
}

/** Reads a JSON body, answering 400 (not 500) for a missing or malformed one. */
export async function readJsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("invalid_json", 400, "The request body must be JSON.");
  }
}

/**
 * Refuses cross-site state-changing requests: a browser always sends Origin on POST, and it must
 * name this host. Requests without Origin (curl, server-to-server) carry no ambient cookies risk.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("bad_origin", 403, "Cross-site request refused.");
  }
  if (originHost !== host) throw new AppError("bad_origin", 403, "Cross-site request refused.");
}
