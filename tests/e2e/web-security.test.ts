/**
 * Web security of the running app: every state-changing API route refuses a cross-site request
 * (403, nothing changed) while the app's own calls go through; the session cookie's flags; the
 * security headers on pages, API answers and static files; and database errors reaching the
 * client only as the generic JSON error. The route list is read from app/api, so a new route is
 * covered without a new line here.
 */
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type AppProcess } from "../helpers/app-process";
import { CookieJar } from "../helpers/trainer-session";
import { listApiRoutes } from "./fixtures/api-routes-on-disk";
import { buildWorld, type World } from "./fixtures/authorization-world";

let app: AppProcess;
let world: World;

beforeAll(async () => {
  app = await startApp();
  world = await buildWorld(app);
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

const REFUSED = { error: { code: "bad_origin", message: "Cross-site request refused." } };

/** A real path for a route pattern: the world's ids where it has them, made-up ids elsewhere. */
function realPath(pattern: string): string {
  const ids: Record<string, string> = {
    cohortId: world.cohortA.id,
    groupId: world.cohortA.group1.id,
    sessionId: world.cohortA.sessionId,
    roomId: world.cohortA.group1.roomId,
    userId: world.ids.participant1,
  };
  return pattern.replace(/\[(\w+)\]/g, (_match, name: string) => ids[name] ?? `unknown-${name}`);
}

/**
 * What another site can make the admin's browser send, cookie included, with a body a form can
 * send. A browser too old to send Origin or Sec-Fetch-Site can still post a form (POST only:
 * any other method needs a CORS preflight, which this server never grants).
 */
const ATTACKS: Record<string, { headers: Record<string, string>; postOnly?: boolean }> = {
  "a form on another site": { headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" } },
  "a same-site subdomain": { headers: { origin: "https://pupils.school.example", "sec-fetch-site": "same-site" } },
  "a sandboxed frame": { headers: { origin: "null", "sec-fetch-site": "cross-site" } },
  "a fetch whose origin is elsewhere": { headers: { origin: "https://evil.example" } },
  "an old browser's form that names no origin": { headers: {}, postOnly: true },
};

async function everythingVisible() {
  const admin = world.jars.admin;
  const read = async (path: string) => (await admin.fetch(`${world.baseUrl}${path}`)).json();
  return {
    cohortA: await world.overviewA(),
    cohorts: await read("/api/cohorts"),
    trainers: await read("/api/admin/trainers"),
    comments: await read(`/api/rooms/${world.cohortA.group1.roomId}/comments`),
    actions: await read(`/api/rooms/${world.cohortA.group1.roomId}/actions`),
  };
}

describe("cross-site request forgery", () => {
  it("every state-changing route refuses a cross-site request with 403 and changes nothing", async () => {
    const writes = listApiRoutes().filter(
      (route) => !route.startsWith("GET ") && !route.includes("/api/auth/"),
    );
    expect(writes.length).toBeGreaterThan(30);
    const before = await everythingVisible();
    const answers: string[] = [];
    for (const route of writes) {
      const [method = "", pattern = ""] = route.split(" ");
      for (const [attack, { headers, postOnly }] of Object.entries(ATTACKS)) {
        if (postOnly && method !== "POST") continue;
        // The admin's cookie rides along, as a browser would send it; the body is what a form can send.
        const response = await world.jars.admin.fetch(`${world.baseUrl}${realPath(pattern)}`, {
          method,
          headers: { ...headers, "content-type": "text/plain" },
          body: method === "DELETE" ? undefined : JSON.stringify({ name: "csrf", code: "DEMO42" }),
        });
        const body = await response.json().catch(() => null);
        if (response.status !== 403 || JSON.stringify(body) !== JSON.stringify(REFUSED)) {
          answers.push(`${route} via ${attack}: ${response.status} ${JSON.stringify(body)}`);
        }
      }
    }
    expect(answers).toEqual([]);
    expect(await everythingVisible()).toEqual(before);
  });

  it("lets the app's own calls through, and scripts' JSON calls", async () => {
    const sameOrigin = await world.jars.trainerA.fetch(`${world.baseUrl}/api/cohorts`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: world.baseUrl,
        "sec-fetch-site": "same-origin",
      },
      body: JSON.stringify({ name: "Eigen cohort", fromProgramme: false }),
    });
    expect(sameOrigin.status).toBe(201);
    // A script with the cookie and a JSON body (no browser sends that cross-site unasked).
    const script = await world.jars.trainerA.fetch(`${world.baseUrl}/api/cohorts`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Script-cohort", fromProgramme: false }),
    });
    expect(script.status).toBe(201);
    // A script without a cookie has no session to abuse: it reaches the route.
    const cookieless = await fetch(`${world.baseUrl}/api/join`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code: "DEMO42", name: "Script" }),
    });
    expect(cookieless.status).toBe(200);
  });
});

function cookieFlags(setCookie: string): { name: string; flags: string[] } {
  const [pair = "", ...attributes] = setCookie.split(";").map((part) => part.trim());
  return {
    name: pair.split("=")[0] ?? "",
    flags: attributes.map((attribute) => attribute.toLowerCase()),
  };
}

async function joinCookie(baseUrl: string) {
  const response = await fetch(`${baseUrl}/api/join`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ code: "DEMO42", name: "Koekje" }),
  });
  expect(response.status).toBe(200);
  const session = response.headers
    .getSetCookie()
    .find((line) => line.includes("next-auth.session-token="));
  return { response, cookie: cookieFlags(session ?? "") };
}

describe("cookies", () => {
  it("sets the session cookie http-only and same-site, for guests and trainers", async () => {
    const { cookie } = await joinCookie(app.baseUrl);
    expect(cookie.name).toBe("next-auth.session-token");
    expect(cookie.flags).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "path=/"]));
    // Plain http here (no NEXTAUTH_URL): a Secure cookie would never come back.
    expect(cookie.flags).not.toContain("secure");

    const jar = new CookieJar();
    const csrf = await jar.fetch(`${app.baseUrl}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const signIn = await jar.fetch(`${app.baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        csrfToken,
        email: "anna@example.org",
        password: "AnnaTrainer-password-1",
        json: "true",
      }),
    });
    const trainerCookie = signIn.headers
      .getSetCookie()
      .map(cookieFlags)
      .find(({ name }) => name === "next-auth.session-token");
    expect(trainerCookie?.flags).toEqual(
      expect.arrayContaining(["httponly", "samesite=lax", "path=/"]),
    );
  });

  it("makes the cookie Secure (__Secure- prefix) and sends HSTS when NEXTAUTH_URL is https", async () => {
    const https = await startApp({ env: { NEXTAUTH_URL: "https://cocreate.school.example" } });
    try {
      const { response, cookie } = await joinCookie(https.baseUrl);
      expect(cookie.name).toBe("__Secure-next-auth.session-token");
      expect(cookie.flags).toEqual(
        expect.arrayContaining(["httponly", "samesite=lax", "secure", "path=/"]),
      );
      expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000");
      expect(response.headers.get("content-security-policy")).toContain(
        "upgrade-insecure-requests",
      );
    } finally {
      await https.stop();
    }
  }, 120_000);
});

describe("security headers", () => {
  const expectHardened = (response: Response, what: string) => {
    const headers = Object.fromEntries(response.headers);
    expect(headers, what).toMatchObject({
      "x-content-type-options": "nosniff",
      "referrer-policy": "same-origin",
      "x-frame-options": "DENY",
      "cross-origin-opener-policy": "same-origin",
    });
    expect(headers["permissions-policy"], what).toContain("camera=()");
    expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], what).toContain("script-src 'self' 'nonce-");
    // Plain http: no HSTS (it would pin a school's test address to https).
    expect(headers["strict-transport-security"], what).toBeUndefined();
  };

  it("are on pages, API answers, static files and errors; every script carries the page's nonce", async () => {
    const page = await fetch(`${app.baseUrl}/`);
    expectHardened(page, "page");
    const html = await page.text();
    const nonce = /'nonce-([^']+)'/.exec(page.headers.get("content-security-policy") ?? "")?.[1];
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
    // A fresh nonce for every response.
    const again = await fetch(`${app.baseUrl}/`);
    expect(again.headers.get("content-security-policy")).not.toBe(
      page.headers.get("content-security-policy"),
    );

    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(chunk).toBeDefined();
    expectHardened(await fetch(`${app.baseUrl}${chunk}`), "script chunk");
    expectHardened(await fetch(`${app.baseUrl}/api/health`), "api");
    expectHardened(await fetch(`${app.baseUrl}/tldraw/fonts/IBMPlexSans-Medium.woff2`), "tldraw font");
    expectHardened(await fetch(`${app.baseUrl}/no-such-page`), "404");
  });
});

describe("database errors", () => {
  it("reach the client only as the generic JSON error, never as SQL", async () => {
    // A unique violation the service maps: a trainer with an e-mail that has an account.
    const duplicate = await world.call("admin", "POST", "/api/admin/trainers", {
      name: "Anna Twee",
      email: "anna@example.org",
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toEqual({
      error: { code: "email_taken", message: "An account with this email already exists." },
    });

    // A database that fails underneath a route: the comments table is gone.
    const roomPath = `/api/rooms/${world.cohortA.group1.roomId}/comments`;
    expect((await world.call("participant1", "GET", roomPath)).status).toBe(200);
    const db = new Database(join(app.dataDir, "cocreate.db"));
    db.exec('DROP TABLE "Comment"');
    db.close();
    const generic = { error: { code: "internal_error", message: "Something went wrong on the server." } };
    const read = await world.call("participant1", "GET", roomPath);
    expect(read).toEqual({ status: 500, body: generic });
    const write = await world.call("trainerA", "POST", roomPath, {
      stageId: "empathize",
      body: "Mooi begin",
      anchor: null,
    });
    expect(write).toEqual({ status: 500, body: generic });
    // The server log has the cause; the client never saw it.
    expect(app.output()).toMatch(/Comment/);
  });
});
