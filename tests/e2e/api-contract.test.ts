/** The HTTP contract from README.md, against the real built app on a fresh SQLite database. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type AppProcess } from "../helpers/app-process";
import { upgradeStatus } from "../helpers/node-client";

let app: AppProcess;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

async function join(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${app.baseUrl}/api/join`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

function cookieFrom(response: Response): string {
  const setCookie = response.headers.get("set-cookie") ?? "";
  return setCookie.split(";")[0] ?? "";
}

describe("HTTP contract", () => {
  it("reports health as JSON", async () => {
    const response = await fetch(`${app.baseUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "sqlite" });
  });

  it("joins the demo room by code with a session cookie, case-insensitively", async () => {
    const response = await join({ code: " demo42 ", name: "Sanne" });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { roomId: string };
    expect(body.roomId).toMatch(/^[A-Za-z0-9_-]+$/);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/next-auth\.session-token=/);
    expect(cookie.toLowerCase()).toContain("httponly");
    expect(cookie.toLowerCase()).toContain("samesite=lax");
  });

  it("answers unknown codes with 404 and bad names with 400, as JSON errors", async () => {
    const unknown = await join({ code: "ZZZZZZ", name: "Sanne" });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
    for (const name of ["", "   ", "x".repeat(41)]) {
      const response = await join({ code: "DEMO42", name });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("invalid_input");
    }
    const malformed = await join("{not json");
    expect(malformed.status).toBe(400);
  });

  it("refuses a cross-site join", async () => {
    const response = await join({ code: "DEMO42", name: "Mallory" }, { origin: "http://evil.example" });
    expect(response.status).toBe(403);
  });

  it("hands out room tokens only to people with access, and the websocket checks them", async () => {
    const joined = await join({ code: "DEMO42", name: "Noor" });
    const { roomId } = (await joined.json()) as { roomId: string };
    const cookie = cookieFrom(joined);

    const anonymous = await fetch(`${app.baseUrl}/api/rooms/${roomId}/token`);
    expect(anonymous.status).toBe(401);
    const otherRoom = await fetch(`${app.baseUrl}/api/rooms/someone-elses-room/token`, { headers: { cookie } });
    expect(otherRoom.status).toBe(403);

    const response = await fetch(`${app.baseUrl}/api/rooms/${roomId}/token`, { headers: { cookie } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { token: string; url: string; role: string; facilitator: boolean };
    expect(body).toMatchObject({ url: "/yjs", role: "editor", facilitator: false });

    const wsBase = app.baseUrl.replace("http", "ws");
    expect(await upgradeStatus(`${wsBase}/yjs/${roomId}?token=${body.token}`)).toBe(101);
    expect(await upgradeStatus(`${wsBase}/yjs/${roomId}`)).toBe(401);
    expect(await upgradeStatus(`${wsBase}/yjs/${roomId}?token=forged.token.value`)).toBe(401);
    expect(await upgradeStatus(`${wsBase}/yjs/another-room?token=${body.token}`)).toBe(403);
  });

  it("keeps the same guest identity when the same device joins again", async () => {
    const first = await join({ code: "DEMO42", name: "Lotte" });
    const cookie = cookieFrom(first);
    const { roomId } = (await first.json()) as { roomId: string };
    const tokenOf = async (c: string) =>
      ((await (await fetch(`${app.baseUrl}/api/rooms/${roomId}/token`, { headers: { cookie: c } })).json()) as {
        user: { id: string };
      }).user.id;
    const idBefore = await tokenOf(cookie);
    const again = await join({ code: "DEMO42", name: "Lotte" }, { cookie });
    expect(again.status).toBe(200);
    expect(await tokenOf(cookieFrom(again) || cookie)).toBe(idBefore);
  });
});
