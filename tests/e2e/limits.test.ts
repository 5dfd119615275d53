/**
 * Limits as a person meets them, in the real app with low limits (ROOM_MAX_CONNECTIONS=1,
 * JOIN_FAILURES_PER_MINUTE=3): the second browser in a full room is told so and gets in by
 * itself once the first one leaves; guessing join codes is stopped with HTTP 429 and the join
 * form says why. The realtime limits under flood: tests/integration/realtime/limits.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "../helpers/chromium";
import { startApp, type AppProcess } from "../helpers/app-process";
import { RoomPage } from "./fixtures/room-page";

const JOIN_FAILURES_PER_MINUTE = 3;

let app: AppProcess;
let browser: Browser;

beforeAll(async () => {
  app = await startApp({
    env: { ROOM_MAX_CONNECTIONS: "1", JOIN_FAILURES_PER_MINUTE: String(JOIN_FAILURES_PER_MINUTE) },
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

function join(code: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${app.baseUrl}/api/join`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify({ code, name: "Guesser" }),
  });
}

describe("limits in the browser", () => {
  it("tells the person who finds the room full, and lets them in once someone leaves", async () => {
    const anna = await RoomPage.open(browser);
    await anna.joinByCode(app.baseUrl, "DEMO42", "Anna");

    const bram = await RoomPage.open(browser);
    await bram.joinByCode(app.baseUrl, "DEMO42", "Bram", { waitForCanvas: false });
    const notice = bram.page.getByTestId("connection-limited");
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toMatch(/ruimte is vol|room is full/i);
    expect(await notice.textContent()).toMatch(/seconden|seconds/);

    await anna.close();
    await bram.waitUntilConnected();
    expect(await notice.count()).toBe(0);
    await bram.close();
  });

  it("stops join-code guessing per address with 429, also for the right code, and says so in the form", async () => {
    for (let attempt = 0; attempt < JOIN_FAILURES_PER_MINUTE; attempt++) {
      expect((await join(`WRONG${attempt}`)).status).toBe(404);
    }
    const refused = await join("WRONG9");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: { code: "rate_limited" } });
    // Blocked for the rest of the minute, whatever the code and whatever X-Forwarded-For says
    // (TRUST_PROXY is not set).
    expect((await join("DEMO42", { "X-Forwarded-For": "203.0.113.9" })).status).toBe(429);

    const carla = await RoomPage.open(browser);
    await carla.page.goto(`${app.baseUrl}/`);
    await carla.page.getByLabel(/code/i).fill("DEMO42");
    await carla.page.getByLabel(/naam|name/i).fill("Carla");
    await carla.page.getByRole("button", { name: /deelnemen|join/i }).click();
    await carla.page.getByText(/te veel pogingen|too many attempts/i).waitFor({ timeout: 10_000 });
    await carla.close();
  });
});
