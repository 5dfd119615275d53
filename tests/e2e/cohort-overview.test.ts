/**
 * The cohort overview in real Chromium against the built app: the trainer sees a card per group
 * with its note counts, a participant adds a note in their room in another browser and the
 * overview shows it without a reload, as it does a new feedback thread; a participant is refused
 * the page and its API.
 */
import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
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
let trainer: Page;
let participant: RoomPage;
let cohortId = "";
let groupIds: string[] = [];

/** The number in the note figure of `stageId` on the card of `groupId`. */
async function noteCount(page: Page, groupId: string, stageId: string): Promise<string> {
  const figure = page
    .getByTestId(`overview-group-${groupId}`)
    .getByTestId(`overview-stage-${stageId}`)
    .getByTestId("overview-notes");
  return ((await figure.textContent()) ?? "").trim();
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  trainer = await context.newPage();
  await trainer.goto(`${app.baseUrl}/signin?callbackUrl=%2Ftrainer`);
  await trainer.locator('input[name="email"]').fill(DEMO_TRAINER_EMAIL);
  await trainer.locator('input[name="password"]').fill(DEMO_TRAINER_PASSWORD);
  await trainer.locator('button[type="submit"]').click();
  await trainer.waitForURL(/\/trainer$/, { timeout: 15_000 });

  const form = trainer.getByTestId("create-cohort-form");
  await form.getByLabel(/^naam$/i).fill("Overzicht najaar");
  await form.locator('button[type="submit"]').click();
  await trainer.waitForURL(/\/cohorts\/[^/]+$/, { timeout: 15_000 });
  cohortId = new URL(trainer.url()).pathname.split("/")[2]!;
  for (const expected of [1, 2]) {
    await trainer.getByTestId("add-group").click();
    await trainer.waitForFunction(
      (n) => document.querySelectorAll('[data-testid^="open-room-"]').length === n,
      expected,
    );
  }
  const joinCode = (await trainer.getByTestId("join-code").textContent())!.trim();

  participant = await RoomPage.open(browser);
  await participant.page.goto(`${app.baseUrl}/join/${joinCode}`);
  await participant.page.locator('input[name="name"]').fill("Sanne");
  await participant.page.locator('button[type="submit"]').click();
  await participant.page.waitForURL(/\/rooms\//, { timeout: 20_000 });
  await participant.waitUntilConnected();
});

afterAll(async () => {
  await participant?.close();
  await browser?.close();
  await app?.stop();
});

describe("cohort overview in Chromium", () => {
  it("opens from the cohort page with a card per group and its note counts", async () => {
    await trainer.getByTestId("open-overview").click();
    await trainer.waitForURL(/\/overview$/, { timeout: 15_000 });
    const cards = trainer.locator('[data-testid^="overview-group-"]');
    expect(await cards.count()).toBe(2);
    groupIds = (
      await cards.evaluateAll((elements) =>
        elements.map((element) => element.getAttribute("data-testid")!),
      )
    ).map((testId) => testId.replace("overview-group-", ""));
    for (const groupId of groupIds)
      expect(await noteCount(trainer, groupId, "empathize")).toBe("0");
    const people = await trainer.getByTestId("overview-people").allTextContents();
    expect(people).toEqual(["1 persoon", "niemand"]);
    const review = trainer
      .getByTestId(`overview-group-${groupIds[0]}`)
      .getByTestId("overview-review");
    expect(await review.getAttribute("href")).toMatch(/^\/rooms\/[^/]+\/review$/);
    expect(
      await trainer.getByTestId("activity-chart").first().locator("svg").count(),
    ).toBeGreaterThan(0);
    const thumbnails = trainer.getByTestId("overview-thumbnail");
    expect(await thumbnails.count()).toBe(10);
    expect(await thumbnails.first().getAttribute("alt")).toBe(
      `Bord Inleven van ${await trainer.locator("h2").first().textContent()}`,
    );
    await trainer.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>('[data-testid="overview-thumbnail"]')].every(
        (image) => image.complete && image.naturalWidth > 0,
      ),
    );
  });

  it("shows a note a participant adds in their room without a reload", async () => {
    const [busyCard] = groupIds.map((groupId) => trainer.getByTestId(`overview-group-${groupId}`));
    const thumbnail = busyCard!
      .getByTestId("overview-stage-empathize")
      .getByTestId("overview-thumbnail");
    const thumbnailBefore = await thumbnail.getAttribute("src");
    await participant.addStickyNote("Rijen");
    await participant.expectNote("Rijen", 5_000);
    const [busyGroup, quietGroup] = groupIds as [string, string];
    await trainer.waitForFunction(
      (groupId) =>
        document
          .querySelector(
            `[data-testid="overview-group-${groupId}"] [data-testid="overview-stage-empathize"] [data-testid="overview-notes"]`,
          )
          ?.textContent?.trim() === "1",
      busyGroup,
      { timeout: 30_000 },
    );
    expect(await noteCount(trainer, busyGroup, "empathize")).toBe("1");
    expect(await noteCount(trainer, quietGroup, "empathize")).toBe("0");
    const contributors = trainer
      .getByTestId(`overview-group-${busyGroup}`)
      .getByTestId("overview-stage-empathize")
      .getByTestId("overview-contributors");
    expect((await contributors.textContent())?.trim()).toBe("1");
    // The thumbnail is asked for again, and now draws the note.
    const thumbnailAfter = (await thumbnail.getAttribute("src"))!;
    expect(thumbnailAfter).not.toBe(thumbnailBefore);
    const svg = await trainer.evaluate(async (src) => (await fetch(src)).text(), thumbnailAfter);
    expect(svg).toContain(">Rijen<");
  });

  it("counts a group's open feedback threads", async () => {
    const [busyGroup] = groupIds as [string, string];
    const card = trainer.getByTestId(`overview-group-${busyGroup}`);
    expect(await card.getByTestId("overview-unresolved").getAttribute("data-count")).toBe("0");
    const roomId = (await card.getByTestId("overview-review").getAttribute("href"))!.split("/")[2]!;
    const status = await trainer.evaluate(
      async (id) =>
        (
          await fetch(`/api/rooms/${id}/comments`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ stageId: "empathize", body: "Wie is de klant?" }),
          })
        ).status,
      roomId,
    );
    expect(status).toBe(201);
    await trainer.waitForFunction(
      (groupId) =>
        document
          .querySelector(
            `[data-testid="overview-group-${groupId}"] [data-testid="overview-unresolved"]`,
          )
          ?.getAttribute("data-count") === "1",
      busyGroup,
      { timeout: 30_000 },
    );
    expect((await card.getByTestId("overview-unresolved").textContent())?.trim()).toBe(
      "1 open opmerking",
    );
  });

  it("downloads one archive with every group's files, showing progress", async () => {
    const download = trainer.waitForEvent("download", { timeout: 60_000 });
    await trainer.getByTestId("archive-download").click();
    // Sixteen files are fetched one by one (the PDFs take a moment): the bar shows meanwhile.
    await trainer.getByTestId("archive-progress").waitFor({ timeout: 10_000 });
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/archive\.zip$/);
    await trainer.getByTestId("archive-done").waitFor();
    const entries = unzipSync(new Uint8Array(await readFile(await file.path())));
    const names = Object.keys(entries).sort();
    expect(names).toHaveLength(2 * 8);
    const folders = [...new Set(names.map((name) => name.split("/")[0]))];
    expect(folders).toHaveLength(2);
    for (const folder of folders) {
      for (const suffix of [
        "notes.csv",
        "backup.json",
        "report.pdf",
        "1-empathize.svg",
        "5-test.svg",
      ])
        expect(names).toContain(`${folder}/${suffix}`);
      expect(strFromU8(entries[`${folder}/report.pdf`]!.subarray(0, 5))).toBe("%PDF-");
    }
    // The busy group's files hold its note; the quiet group's do not.
    const withNote = folders.filter((folder) =>
      strFromU8(entries[`${folder}/notes.csv`]!).includes("Rijen"),
    );
    expect(withNote).toHaveLength(1);
    expect(strFromU8(entries[`${withNote[0]}/1-empathize.svg`]!)).toContain(">Rijen<");
    const backup = JSON.parse(strFromU8(entries[`${withNote[0]}/backup.json`]!));
    expect(backup.format).toBe("cocreate-room-backup");
  });

  it("refuses a participant the overview page and its API", async () => {
    const page = participant.page;
    const response = await page.goto(`${app.baseUrl}/cohorts/${cohortId}/overview`);
    expect(response?.status()).toBe(404);
    expect(await page.getByTestId("not-found").count()).toBe(1);
    expect(await page.getByTestId("cohort-overview").count()).toBe(0);
    const api = await page.evaluate(
      async (id) => (await fetch(`/api/cohorts/${id}/overview`)).status,
      cohortId,
    );
    expect(api).toBe(403);
  });
});
