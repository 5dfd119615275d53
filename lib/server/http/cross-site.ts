/**
 * The one rule against cross-site request forgery, enforced for every request by the Node server
 * (server/web-security.ts) and again by `assertSameOrigin` in each state-changing route.
 *
 * A state-changing request (any method but GET, HEAD and OPTIONS) is refused when
 * 1. the browser says it comes from another site: `Sec-Fetch-Site` other than `same-origin` or
 *    `none` (Chromium, Firefox and Safari send it on every request), or
 * 2. its `Origin` names another host than the one it was sent to (Host, or X-Forwarded-Host
 *    behind a proxy) or NEXTAUTH_URL's (browsers send Origin on every such request), or
 * 3. it has neither header, carries a cookie, and is what an HTML form on another site can send
 *    without asking first: a POST with no body type or a form's (urlencoded, multipart,
 *    text/plain). Anything else — a JSON body, PUT/PATCH/DELETE — needs a CORS preflight in
 *    every browser, which this server never grants; so only a non-browser client (a script, a
 *    test) can send it, and a browser too old to send Origin still cannot forge it.
 * The app's own pages always send Origin and `Sec-Fetch-Site: same-origin`.
 * next-auth's own endpoints (/api/auth/*) are left to next-auth's double-submit CSRF token.
 */

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const TRUSTED_FETCH_SITES = new Set(["same-origin", "none"]);
/** The body types of HTML forms: the only ones a cross-site POST may carry without a preflight. */
const FORM_CONTENT_TYPES = new Set([
  "application/x-www-form-urlencoded",
  "multipart/form-data",
  "text/plain",
]);

export type CrossSiteReason = "cross-site-fetch" | "foreign-origin" | "unmarked-form-post";

export interface RequestFacts {
  method: string;
  /** The URL path, without the query. */
  path: string;
  /** A request header by lower-case name, or null/undefined when absent. */
  header(name: string): string | null | undefined;
}

/** Whether the rule applies: a state-changing method outside next-auth's endpoints. */
export function isGuardedWrite(method: string, path: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase()) && !path.startsWith("/api/auth/");
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

function allowedHosts(request: RequestFacts, configuredUrl: string | undefined): Set<string> {
  const forwarded = request.header("x-forwarded-host")?.split(",")[0]?.trim();
  const direct = forwarded || request.header("host");
  return new Set(
    [direct?.toLowerCase(), hostOf(configuredUrl)].filter((host): host is string => !!host),
  );
}

/** Whether a form on another site could have sent this request (rule 3). */
function formCouldSend(request: RequestFacts): boolean {
  if (request.method.toUpperCase() !== "POST") return false;
  const type = request.header("content-type")?.split(";")[0]?.trim().toLowerCase();
  return !type || FORM_CONTENT_TYPES.has(type);
}

/** Why `request` must be refused as cross-site, or null when it may go on. */
export function crossSiteReason(
  request: RequestFacts,
  configuredUrl: string | undefined = process.env.NEXTAUTH_URL,
): CrossSiteReason | null {
  if (!isGuardedWrite(request.method, request.path)) return null;
  const fetchSite = request.header("sec-fetch-site")?.trim().toLowerCase();
  if (fetchSite && !TRUSTED_FETCH_SITES.has(fetchSite)) return "cross-site-fetch";
  const origin = request.header("origin")?.trim();
  if (origin) {
    // "null" (sandboxed frames, cross-origin redirects) has no host and is refused too.
    const originHost = origin === "null" ? null : hostOf(origin);
    if (!originHost || !allowedHosts(request, configuredUrl).has(originHost)) {
      return "foreign-origin";
    }
    return null;
  }
  if (!fetchSite && request.header("cookie") && formCouldSend(request)) return "unmarked-form-post";
  return null;
}
