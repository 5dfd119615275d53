/**
 * The address a request came from, for per-address limits. Behind a reverse proxy every request
 * comes from the proxy, so the client's address is then read from X-Forwarded-For — but only
 * when TRUST_PROXY says how many proxies stand in front: a client can write any
 * X-Forwarded-For it likes, and trusting it without a proxy would let anyone dodge the limits.
 *
 * TRUST_PROXY unset or 0: the socket's address. TRUST_PROXY=N (or "true" for 1): the N-th
 * address from the right of X-Forwarded-For (each proxy appends the address it saw).
 */
import type { IncomingMessage } from "node:http";

/**
 * The custom server (server/index.ts) writes the address here before Next sees a request, so
 * route handlers (which have no socket) can read it. Any value a client sent is overwritten.
 */
export const CLIENT_ADDRESS_HEADER = "x-cocreate-client-address";

/** Number of trusted proxies from TRUST_PROXY; throws on a value that is not 0..9 or true/false. */
export function trustedProxyCount(
  env: Readonly<Record<string, string | undefined>> = process.env,
): number {
  const raw = (env.TRUST_PROXY ?? "").trim().toLowerCase();
  if (raw === "" || raw === "false") return 0;
  if (raw === "true") return 1;
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 0 || count > 9) {
    throw new Error("TRUST_PROXY must be true, false or the number of proxies (0-9)");
  }
  return count;
}

/** The client's address of `request`, given `proxies` trusted proxies in front of this server. */
export function clientAddressOf(request: IncomingMessage, proxies: number): string {
  const socketAddress = request.socket.remoteAddress ?? "unknown";
  if (proxies === 0) return socketAddress;
  const header = request.headers["x-forwarded-for"];
  const forwarded = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  // Fewer entries than proxies: the request did not pass all of them; use the nearest we know.
  return forwarded[forwarded.length - proxies] ?? forwarded[0] ?? socketAddress;
}

/** The address the custom server stored on a route handler's request ("unknown" if absent). */
export function clientAddressFromHeaders(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}
