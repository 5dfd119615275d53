/**
 * The public origin of this site, for links people open elsewhere (reset links, mails, QR codes).
 * NEXTAUTH_URL wins when set (behind a proxy it is the only reliable answer); otherwise the
 * forwarded or direct host and protocol of the request being served.
 */
import { headers } from "next/headers";

function configuredOrigin(): string | null {
  const configured = process.env.NEXTAUTH_URL?.trim();
  if (!configured) return null;
  try {
    return new URL(configured).origin;
  } catch {
    return null;
  }
}

function originFromHeaders(requestHeaders: Headers, fallback: URL | null): string {
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? fallback?.host ?? "localhost";
  const forwardedProto = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const protocol = forwardedProto || fallback?.protocol.replace(/:$/, "") || "http";
  return `${protocol}://${host}`;
}

/** For route handlers. */
export function requestOrigin(request: Request): string {
  return configuredOrigin() ?? originFromHeaders(request.headers, new URL(request.url));
}

/** For server components (pages), which have no Request object. */
export async function pageOrigin(): Promise<string> {
  return configuredOrigin() ?? originFromHeaders(await headers(), null);
}
