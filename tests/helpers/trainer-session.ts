/**
 * Signs a trainer in over HTTP exactly as next-auth's browser client does: GET /api/auth/csrf
 * (sets the CSRF cookie), then POST the credentials form with the token and `json=true`.
 * Cookies are kept in a small jar so later requests carry the session like a browser would.
 */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  /** Takes in every Set-Cookie of `response`; expired or emptied cookies are dropped. */
  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key = "", raw = ""] = attribute.split("=").map((part) => part.trim());
        if (key.toLowerCase() === "max-age") return Number(raw) <= 0;
        if (key.toLowerCase() === "expires") return Date.parse(raw) <= Date.now();
        return false;
      });
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /** fetch with this jar's cookies, storing what the response sets. */
  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set("cookie", this.header());
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    this.store(response);
    return response;
  }
}

export const SESSION_COOKIE = "next-auth.session-token";

export async function csrfToken(baseUrl: string, jar: CookieJar): Promise<string> {
  const response = await jar.fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken: token } = (await response.json()) as { csrfToken: string };
  return token;
}

/** Posts the credentials like `signIn("credentials", { redirect: false })`; returns the raw answer. */
export async function postCredentials(
  baseUrl: string,
  jar: CookieJar,
  email: string,
  password: string,
): Promise<{ status: number; url: string }> {
  const token = await csrfToken(baseUrl, jar);
  const response = await jar.fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken: token, email, password, json: "true", callbackUrl: `${baseUrl}/trainer` }),
  });
  const body = (await response.json().catch(() => ({}))) as { url?: string };
  return { status: response.status, url: body.url ?? response.headers.get("location") ?? "" };
}

/** Signs in and returns the jar holding the session cookie; throws when sign-in fails. */
export async function signInTrainer(baseUrl: string, email: string, password: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const result = await postCredentials(baseUrl, jar, email, password);
  if (!jar.get(SESSION_COOKIE)) throw new Error(`sign-in failed for ${email}: ${result.status} ${result.url}`);
  return jar;
}

export interface SessionInfo {
  user?: { id?: string; name?: string; email?: string; kind?: string };
}

/** GET /api/auth/session as the jar's owner: `{}` when signed out. */
export async function readSession(baseUrl: string, jar: CookieJar): Promise<SessionInfo> {
  const response = await jar.fetch(`${baseUrl}/api/auth/session`);
  return (await response.json()) as SessionInfo;
}

/** POST /api/auth/signout with the CSRF token, like `signOut({ redirect: false })`. */
export async function signOutTrainer(baseUrl: string, jar: CookieJar): Promise<Response> {
  const token = await csrfToken(baseUrl, jar);
  return jar.fetch(`${baseUrl}/api/auth/signout`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken: token, json: "true", callbackUrl: `${baseUrl}/` }),
  });
}
