/**
 * The whole course flow as one story in real Chromium, through the UI only: a trainer
 * signs in, creates a cohort from the programme, dates a session, makes two groups and opens a
 * session; one participant joins by typing the code, another through the QR link, and each lands
 * in their own group's room; the session page counts one person per room; a participant switches
 * the app (and tldraw's menus, and the dates) to English, which survives a reload, and back.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { COURSE_PROGRAMME } from "@/lib/shared/programme";
import { launchChromium } from "../helpers/chromium";
import {
  DEMO_TRAINER_EMAIL,
  DEMO_TRAINER_PASSWORD,
  startApp,
  type AppProcess,
} from "../helpers/app-process";
import { RoomPage } from "./fixtures/room-page";

let app: AppProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];

/** A new device: its own cookies, so its own identity and language. */
async function newDevice(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  contexts.push(context);
  return context.newPage();
}

/** Waits until the room's canvas is synced with the server (the room page object's check). */
const expectCanvasConnected = (page: Page) =>
  new RoomPage(page, page.context()).waitUntilConnected();

const roomIdOf = (page: Page) => new URL(page.url()).pathname.split("/")[2];

/** tldraw's own name of its select tool ("Select — V" → "Select"): which language tldraw speaks. */
const tldrawSelectLabel = (page: Page) =>
  page.evaluate(
    () =>
      document
        .querySelector('[data-testid="tools.select"]')
        ?.getAttribute("aria-label")
        ?.split(" — ")[0] ?? null,
  );

/** Our stage bar and tldraw's toolbar both speak the language whose names are given. */
async function expectLanguage(page: Page, stage: string, selectTool: string): Promise<void> {
  await page
    .getByTestId("stage-bar")
    .getByText(stage, { exact: true })
    .waitFor({ timeout: 15_000 });
  await page.waitForFunction(
    (name) =>
      document
        .querySelector('[data-testid="tools.select"]')
        ?.getAttribute("aria-label")
        ?.split(" — ")[0] === name,
    selectTool,
    { timeout: 15_000 },
  );
  expect(await tldrawSelectLabel(page)).toBe(selectTool);
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await app?.stop();
});

describe("a course from sign-in to group rooms, in Dutch and English", () => {
  it("runs the whole flow through the UI", { timeout: 240_000 }, async () => {
    // The trainer signs in; the full page load shows the header's sign-out button right away.
    const trainer = await newDevice();
    await trainer.goto(`${app.baseUrl}/signin`);
    await trainer.getByLabel(/^e-mailadres$/i).fill(DEMO_TRAINER_EMAIL);
    await trainer.getByLabel(/^wachtwoord$/i).fill(DEMO_TRAINER_PASSWORD);
    await trainer.getByRole("button", { name: /^aanmelden$/i }).click();
    await trainer.waitForURL((url) => url.pathname === "/trainer", { timeout: 15_000 });
    await trainer.getByTestId("sign-out").waitFor({ state: "visible" });
    expect(await trainer.getByTestId("sign-out").isVisible()).toBe(true);

    // A cohort from the built-in programme, through the form.
    const form = trainer.getByTestId("create-cohort-form");
    await form.getByLabel(/^naam$/i).fill("Najaar 2026");
    await form.getByLabel(/^organisatie$/i).fill("Stad Antwerpen");
    await form.getByLabel(/^begindatum$/i).fill("2026-10-01");
    await form.getByRole("radio", { name: /cursusprogramma/i }).check();
    await form.getByRole("button", { name: /cohort aanmaken/i }).click();
    await trainer.waitForURL(/\/cohorts\/[^/]+$/, { timeout: 15_000 });
    const cohortPath = new URL(trainer.url()).pathname;
    const sessions = trainer.locator('[data-testid^="session-"]');
    expect(await sessions.count()).toBe(COURSE_PROGRAMME.length);

    // The first session gets a date and time through its edit form.
    const firstSession = sessions.first();
    const firstTitle = (await firstSession.locator(".timeline__title").textContent())!.trim();
    await firstSession.getByRole("button", { name: `${firstTitle} wijzigen` }).click();
    await firstSession.getByLabel(/^datum en tijd$/i).fill("2026-10-14T14:00");
    await firstSession.getByRole("button", { name: /^opslaan$/i }).click();
    await firstSession.locator(".timeline__meta", { hasText: /okt/ }).waitFor({ timeout: 15_000 });

    // Two groups, each with its own room.
    for (const expected of [1, 2]) {
      await trainer.getByRole("button", { name: /^groep toevoegen$/i }).click();
      await trainer.waitForFunction(
        (n) => document.querySelectorAll('[data-testid^="open-room-"]').length === n,
        expected,
      );
    }
    const groupRooms = await trainer.locator('[data-testid^="open-room-"]').evaluateAll((links) =>
      links.map((link) => ({
        groupId: link.getAttribute("data-testid")!.replace("open-room-", ""),
        roomId: new URL((link as HTMLAnchorElement).href).pathname.split("/")[2]!,
      })),
    );
    const [group1, group2] = groupRooms as [(typeof groupRooms)[0], (typeof groupRooms)[0]];
    expect(group1.roomId).not.toBe(group2.roomId);
    const joinCode = (await trainer.getByTestId("join-code").textContent())!.trim();
    expect(joinCode).toMatch(/^[A-HJ-KMNP-Z2-9]{6}$/);

    // The trainer opens the first session's page: each group's room, nobody in it yet.
    await trainer.getByRole("link", { name: firstTitle }).click();
    await trainer.waitForURL(/\/sessions\/[^/]+$/, { timeout: 15_000 });
    const count = (roomId: string) => trainer.getByTestId(`room-count-${roomId}`);
    expect(await count(group1.roomId).textContent()).toBe("0");
    expect(await count(group2.roomId).textContent()).toBe("0");

    // Participant 1 types the code on the join page and lands in group 1's room.
    const anna = await newDevice();
    await anna.goto(`${app.baseUrl}/`);
    await anna.getByLabel(/^sessiecode$/i).fill(joinCode.toLowerCase());
    await anna.getByLabel(/^je naam$/i).fill("Anna");
    await anna.getByRole("button", { name: /^deelnemen$/i }).click();
    await anna.waitForURL(/\/rooms\//, { timeout: 20_000 });
    expect(roomIdOf(anna)).toBe(group1.roomId);
    await expectCanvasConnected(anna);

    // Participant 2 follows the QR link: the code is filled in, only the name is asked.
    const bram = await newDevice();
    await bram.goto(`${app.baseUrl}/join/${joinCode}`);
    expect(await bram.getByLabel(/^sessiecode$/i).inputValue()).toBe(joinCode);
    await bram.getByLabel(/^je naam$/i).fill("Bram");
    await bram.getByRole("button", { name: /^deelnemen$/i }).click();
    await bram.waitForURL(/\/rooms\//, { timeout: 20_000 });
    expect(roomIdOf(bram)).toBe(group2.roomId);
    await expectCanvasConnected(bram);

    // The session page counts one person in each room (it refreshes every few seconds).
    await trainer.waitForFunction(
      ([room1, room2]) =>
        document.querySelector(`[data-testid="room-count-${room1}"]`)?.textContent === "1" &&
        document.querySelector(`[data-testid="room-count-${room2}"]`)?.textContent === "1",
      [group1.roomId, group2.roomId],
      { timeout: 20_000 },
    );

    // Dutch by default: stage names, tldraw's own menus, and dates on the cohort page.
    await expectLanguage(anna, "Inleven", "Selecteer");
    await anna.getByTestId("nav-sessions").click();
    await anna.waitForURL((url) => url.pathname === cohortPath);
    const annaFirstSession = anna.locator('[data-testid^="session-"]').first();
    expect(await annaFirstSession.locator(".timeline__meta").textContent()).toMatch(/okt/);
    await anna.getByTestId(`open-room-${group1.groupId}`).click();
    await anna.waitForURL((url) => url.pathname === `/rooms/${group1.roomId}`);
    await expectCanvasConnected(anna);

    // Anna switches to English: the stage bar and tldraw follow, and a reload remembers it.
    await anna.getByRole("button", { name: "English" }).click();
    await expectLanguage(anna, "Empathize", "Select");
    await anna.reload();
    await expectCanvasConnected(anna);
    await expectLanguage(anna, "Empathize", "Select");
    expect(await anna.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).toBe(
      "true",
    );

    // Dates in English too.
    await anna.getByTestId("nav-sessions").click();
    await anna.waitForURL((url) => url.pathname === cohortPath);
    const meta = await annaFirstSession.locator(".timeline__meta").textContent();
    expect(meta).toMatch(/Oct/);
    expect(meta).not.toMatch(/okt/);

    // And back to Dutch, in the room.
    await anna.getByTestId(`open-room-${group1.groupId}`).click();
    await anna.waitForURL((url) => url.pathname === `/rooms/${group1.roomId}`);
    await expectCanvasConnected(anna);
    await anna.getByRole("button", { name: "Nederlands" }).click();
    await expectLanguage(anna, "Inleven", "Selecteer");

    // Bram's device never chose English: still Dutch.
    await expectLanguage(bram, "Inleven", "Selecteer");
  });
});
