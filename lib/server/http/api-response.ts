/** Maps errors to JSON responses in one place: `{"error":{"code","message"}}`, never raw DB errors. */
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { AppError } from "@/lib/server/errors";
import { logger } from "@/lib/server/logger";
import { crossSiteReason } from "./cross-site";

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
 * Refuses a cross-site state-changing request with 403 (the rule: lib/server/http/cross-site.ts).
 * The Node server already refuses these before Next sees them; routes check again so the rule
 * holds wherever a route handler runs.
 */
export function assertSameOrigin(request: Request): void {
  const reason = crossSiteReason({
    method: request.method,
    path: new URL(request.url).pathname,
    header: (name) => request.headers.get(name),
  });
  if (reason) throw new AppError("bad_origin", 403, "Cross-site request refused.");
}
