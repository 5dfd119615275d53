/**
 * The cohort pages in real Chromium against the built app: a trainer creates a cohort from the
 * programme and two groups, participants join through the QR link and land in their group's room,
 * the session page counts who is in each room, and nobody else sees anything.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { COURSE_PROGRAMME } from "@/lib/shared/programme";
import { launchChromium } from "../helpers/chromium";
import { DEMO_TRAINER_EMAIL, DEMO_TRAINER_PASSWORD, startApp, type AppProcess } from "../helpers/app-process";

let app: AppProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];
let trainer: Page;
let cohortId = "";
let joinCode = "";

async function freshPage(viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  return context.newPage();
}

async function joinAs(name: string): Promise<Page> {
  const page = await freshPage();
  await page.goto(`${app.baseUrl}/join/${joinCode}`);
  expect(await page.locator('input[name="code"]').inputValue()).toBe(joinCode);
  await page.locator('input[name="name"]').fill(name);
  await page.locator('button[type="submit"]').click();
  return page;
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  trainer = await freshPage();
  await trainer.goto(`${app.baseUrl}/signin?callbackUrl=%2Ftrainer`);
  await trainer.locator('input[name="email"]').fill(DEMO_TRAINER_EMAIL);
  await trainer.locator('input[name="password"]').fill(DEMO_TRAINER_PASSWORD);
  await trainer.locator('button[type="submit"]').click();
  await trainer.waitForURL(/\/trainer$/, { timeout: 15_000 });
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await app?.stop();
});

describe("cohort pages in Chromium", () => {
  it("creates a cohort from the programme, with an open code and a QR code of the join link", async () => {
    const form = trainer.getByTestId("create-cohort-form");
    await form.getByLabel(/^naam$/i).fill("Voorjaar 2026");
    await form.getByLabel(/organisatie/i).fill("Gemeente Gent");
    await form.locator('button[type="submit"]').click();
    await trainer.waitForURL(/\/cohorts\/[^/]+$/, { timeout: 15_000 });
    cohortId = new URL(trainer.url()).pathname.split("/")[2]!;

    expect(await trainer.locator('[data-testid^="session-"]').count()).toBe(COURSE_PROGRAMME.length);
    joinCode = (await trainer.getByTestId("join-code").textContent())!.trim();
    expect(joinCode).toMatch(/^[A-HJ-KMNP-Z2-9]{6}$/);
    expect(await trainer.getByTestId("join-qr").locator("svg").count()).toBe(1);
    expect(await trainer.getByText(`/join/${joinCode}`).count()).toBeGreaterThan(0);

    await trainer.goto(`${app.baseUrl}/trainer`);
    expect(await trainer.getByTestId(`cohort-link-${cohortId}`).textContent()).toBe("Voorjaar 2026");
  });

  it("lets a participant who joins before any group exists wait on the cohort page", async () => {
    const early = await joinAs("Eva");
    await early.waitForURL(new RegExp(`/cohorts/${cohortId}$`), { timeout: 15_000 });
    await early.getByTestId("waiting-for-group").waitFor();
    expect(await early.getByTestId("cohort-trainer-view").count()).toBe(0);
  });

  it("puts later participants in the smallest group's room, with a way back to the sessions", async () => {
    await trainer.goto(`${app.baseUrl}/cohorts/${cohortId}`);
    for (const expected of [1, 2]) {
      await trainer.getByTestId("add-group").click();
      await trainer.waitForFunction((n) => document.querySelectorAll('[data-testid^="open-room-"]').length === n, expected);
    }
    const sanne = await joinAs("Sanne");
    await sanne.waitForURL(/\/rooms\//, { timeout: 20_000 });
    await sanne.getByTestId("nav-sessions").click();
    await sanne.waitForURL(new RegExp(`/cohorts/${cohortId}$`));
    expect(await sanne.getByTestId("cohort-participant-view").count()).toBe(1);
    expect(await sanne.locator('[data-testid^="participant-"]').count()).toBe(0); // no one else's data
    await sanne.locator('[data-testid^="open-room-"]').click();
    await sanne.waitForURL(/\/rooms\//);
  });

  it("shows live people counts per group room on the session page", async () => {
    await trainer.reload();
    const sessionLink = trainer.locator('[data-testid^="session-"] a').first();
    await sessionLink.click();
    await trainer.waitForURL(/\/sessions\//);
    const counts = trainer.locator('[data-testid^="room-count-"]');
    await trainer.waitForFunction(
      () => [...document.querySelectorAll('[data-testid^="room-count-"]')].map((e) => e.textContent).join(",") === "1,0",
      undefined,
      { timeout: 15_000 },
    );
    expect(await counts.allTextContents()).toEqual(["1", "0"]);
  });

  it("answers outsiders with a not-found page and refuses their API calls", async () => {
    const outsider = await freshPage();
    await outsider.goto(`${app.baseUrl}/`);
    await outsider.locator('input[name="code"]').fill("DEMO42");
    await outsider.locator('input[name="name"]').fill("Buitenstaander");
    await outsider.locator('button[type="submit"]').click();
    await outsider.waitForURL(/\/rooms\//, { timeout: 20_000 });
    const response = await outsider.goto(`${app.baseUrl}/cohorts/${cohortId}`);
    expect(response?.status()).toBe(404);
    expect(await outsider.getByTestId("not-found").count()).toBe(1);
    expect(await outsider.content()).not.toContain(joinCode);
    const api = await outsider.evaluate(async (id) => (await fetch(`/api/cohorts/${id}`)).status, cohortId);
    expect(api).toBe(403);
    const anonymous = await fetch(`${app.baseUrl}/api/cohorts/${cohortId}`);
    expect(anonymous.status).toBe(401);
  });

  it("refuses a participant's trainer actions", async () => {
    const pieter = await joinAs("Pieter");
    await pieter.waitForURL(/\/rooms\//, { timeout: 20_000 });
    const status = await pieter.evaluate(
      async (id) => (await fetch(`/api/cohorts/${id}/join-code`, { method: "POST" })).status,
      cohortId,
    );
    expect(status).toBe(403);
  });
});
