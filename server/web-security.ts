/**
 * The web-security gate in front of Next: every HTTP request gets the security headers
 * (lib/server/http/security-headers.ts), and a cross-site state-changing request is answered
 * 403 here, before any route runs (the rule: lib/server/http/cross-site.ts).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { wantsSecureCookies } from "@/lib/server/auth/session-cookie";
import { crossSiteReason } from "@/lib/server/http/cross-site";
import { createNonce, securityHeaders } from "@/lib/server/http/security-headers";
import { logger } from "@/lib/server/logger";

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

/**
 * Sets the security headers on `response`; answers a cross-site write with 403 and returns
 * false, else returns true and the request goes on to Next.
 */
export function guardRequest(
  request: IncomingMessage,
  response: ServerResponse,
  dev: boolean,
): boolean {
  const method = request.method ?? "GET";
  const path = (request.url ?? "/").split("?")[0] ?? "/";
  const headers = securityHeaders({
    host: header(request, "x-forwarded-host")?.split(",")[0]?.trim() || header(request, "host"),
    nonce: createNonce(),
    dev,
    https: wantsSecureCookies(),
  });
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);

  const reason = crossSiteReason({ method, path, header: (name) => header(request, name) });
  if (reason) {
    logger.warn({ method, path, reason }, "cross-site request refused");
    response.writeHead(403, { "content-type": "application/json" }).end(
      JSON.stringify({ error: { code: "bad_origin", message: "Cross-site request refused." } }),
    );
    return false;
  }
  // Next takes the nonce for its inline scripts from the request's policy (whatever a client
  // sent under this name is replaced).
  request.headers["content-security-policy"] = headers["Content-Security-Policy"];
  return true;
}
