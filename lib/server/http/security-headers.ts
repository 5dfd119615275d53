/**
 * The security headers of every response, set by the Node server (server/web-security.ts) so
 * they follow the running configuration (NEXTAUTH_URL, dev or production), not the build's.
 *
 * The Content-Security-Policy allows only this site's own scripts: Next's inline bootstrap
 * scripts carry a fresh per-request nonce (Next reads it from the request's CSP header and adds
 * it to the scripts it renders) and `'strict-dynamic'` lets them load their chunks. Styles may
 * be inline: React renders `style` attributes and tldraw sets styles on its shapes. tldraw's
 * exports build SVG and PNG from `data:` and `blob:` URLs (images and embedded fonts, read with
 * fetch), so those are allowed for images, fonts, media and connections, never for scripts. The
 * realtime websocket is on this host (`ws:`/`wss:` of the request's host).
 */
import { randomBytes } from "node:crypto";

export interface SecurityHeaderOptions {
  /** The request's Host (or X-Forwarded-Host): the websocket's host. */
  host: string | null | undefined;
  /** A fresh nonce for this response's scripts. */
  nonce: string;
  /** Development mode: React's dev build needs eval. */
  dev: boolean;
  /** The public URL is https (NEXTAUTH_URL): HSTS and upgrade-insecure-requests. */
  https: boolean;
}

/** A fresh base64 nonce (128 bits). */
export function createNonce(): string {
  return randomBytes(16).toString("base64");
}

/** A host header is used in the policy only when it is a plain host[:port]. */
function safeHost(host: string | null | undefined): string | null {
  return host && /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i.test(host) ? host : null;
}

export function contentSecurityPolicy(options: SecurityHeaderOptions): string {
  const host = safeHost(options.host);
  const websocket = host ? `ws://${host} wss://${host}` : "";
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' data: blob:",
    `connect-src 'self' ${websocket} data: blob:`.replace(/\s+/g, " "),
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Every header to set, CSP included, as name → value. */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    // Join and reset links carry codes in their path: never tell another site about them.
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy":
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}
