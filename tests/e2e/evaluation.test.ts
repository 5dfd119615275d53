/**
 * Evaluation in real Chromium against the built app: the trainer builds a questionnaire from the
 * default set (plus an own question) on the session page and opens it; a participant answers on
 * a phone-sized screen from their cohort page; the trainer sees the count, the chart and its table
 * and downloads the CSV, which holds the answers and no names.
 */
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/chromium";
import { DEMO_TRAINER_EMAIL, DEMO_TRAINER_PASSWORD, startApp, type AppProcess } from "../helpers/app-process";

let app: AppProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];
let trainer: Page;
let cohortId = "";
let sessionPath = "";
let joinCode = "";

const OWN_QUESTION = "Wat neem je mee naar je school?";

async function newPage(options: Parameters<Browser["newContext"]>[0]): Promise<Page> {
  const context = await browser.newContext(options);
  contexts.push(context);
  return context.newPage();
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  trainer = await newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await trainer.goto(`${app.baseUrl}/signin?callbackUrl=%2Ftrainer`);
  await trainer.locator('input[name="email"]').fill(DEMO_TRAINER_EMAIL);
  await trainer.locator('input[name="password"]').fill(DEMO_TRAINER_PASSWORD);
  await trainer.locator('button[type="submit"]').click();
  await trainer.waitForURL(/\/trainer$/, { timeout: 15_000 });
  // The cohort itself is made through the API the trainer's page uses (covered by the cohort tests).
  const created = await trainer.request.post(`${app.baseUrl}/api/cohorts`, { data: { name: "Najaar 2026", fromProgramme: true } });
  expect(created.status()).toBe(201);
  cohortId = (await created.json()).cohortId;
  const overview = await (await trainer.request.get(`${app.baseUrl}/api/cohorts/${cohortId}`)).json();
  joinCode = overview.joinCode;
  sessionPath = `/cohorts/${cohortId}/sessions/${overview.sessions[0].id}`;
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await app?.stop();
});

describe("evaluation questionnaires in Chromium", () => {
  it("lets the trainer pick default questions, add and order their own, and open the questionnaire", async () => {
    await trainer.goto(`${app.baseUrl}${sessionPath}`);
    const editor = trainer.getByTestId("evaluation-editor");
    expect(await editor.getByTestId("evaluation-status").textContent()).toContain("Nog geen vragenlijst");
    await editor.getByTestId("add-default-useful").click();
    await editor.getByTestId("add-default-learned").click();
    await editor.getByRole("textbox", { name: "Eigen vraag" }).fill(OWN_QUESTION);
    await editor.getByLabel("Soort").selectOption("open");
    await editor.getByRole("button", { name: "Vraag toevoegen" }).click();
    await editor.getByRole("button", { name: `‘${OWN_QUESTION}’ naar boven` }).click();
    expect(await editor.getByTestId("evaluation-questions").locator("li").allInnerTexts()).toEqual([
      expect.stringContaining("Hoe nuttig was deze sessie voor jou?"),
      expect.stringContaining(OWN_QUESTION),
      expect.stringContaining("Wat heb je geleerd?"),
    ]);
    await editor.getByTestId("evaluation-open").click();
    await trainer.waitForFunction(
      () => document.querySelector('[data-testid="evaluation-status"]')?.textContent?.includes("Open"),
      undefined,
      { timeout: 15_000 },
    );
    expect(await trainer.getByTestId("evaluation-response-count").textContent()).toBe("Nog geen antwoorden");
    expect(await trainer.getByTestId("evaluation-answer-link").textContent()).toContain(`${sessionPath}/evaluation`);
  });

  it("lets a participant answer on a phone from their cohort page, once, and change it", async () => {
    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(`${app.baseUrl}/join/${joinCode}`);
    await phone.locator('input[name="name"]').fill("Noor");
    await phone.locator('button[type="submit"]').click();
    // No groups yet: Noor waits on the cohort page, which invites her to the open questionnaire.
    await phone.waitForURL(new RegExp(`/cohorts/${cohortId}$`), { timeout: 20_000 });
    await phone.getByTestId("open-evaluations").getByRole("link").tap();
    await phone.waitForURL(/\/evaluation$/);

    const rating = phone.getByRole("group", { name: "Hoe nuttig was deze sessie voor jou?" });
    const four = rating.getByRole("radio", { name: "4 van 5" });
    const box = await rating.locator("label").nth(3).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44); // a thumb-sized target
    await four.tap();
    await phone.getByLabel("Wat heb je geleerd?").fill("Eerst luisteren, dan pas oplossen");
    await phone.getByLabel(OWN_QUESTION).fill("De empathiekaart");
    await phone.getByTestId("evaluation-submit").tap();
    await phone.getByTestId("evaluation-thanks").waitFor();

    // Coming back shows her answers, and sending again replaces them (still one response).
    await phone.reload();
    expect(await four.isChecked()).toBe(true);
    expect(await phone.getByTestId("evaluation-submit").textContent()).toBe("Antwoorden bijwerken");
    await phone.getByLabel(OWN_QUESTION).fill("De empathiekaart en de persona");
    await phone.getByTestId("evaluation-submit").tap();
    await phone.getByTestId("evaluation-thanks").waitFor();
  });

  it("shows the trainer the count, the chart and its table, and downloads the CSV without names", async () => {
    await trainer.reload();
    expect(await trainer.getByTestId("evaluation-response-count").textContent()).toBe("1 antwoord");
    const useful = trainer.getByTestId("result-0");
    expect(await useful.getByTestId("rating-summary").textContent()).toBe("1 antwoord · gemiddeld 4");
    expect(await useful.getByTestId("rating-chart").locator("svg .recharts-bar-rectangle").count()).toBeGreaterThan(0);
    const table = useful.getByRole("table", { name: "Scores voor ‘Hoe nuttig was deze sessie voor jou?’" });
    expect(await table.locator("tbody tr").allTextContents()).toEqual(["10", "20", "30", "41", "50"]);
    expect(await trainer.getByTestId("result-1").textContent()).toContain("De empathiekaart en de persona");
    expect(await trainer.getByTestId("evaluation-results").textContent()).not.toContain("Noor");

    const [download] = await Promise.all([trainer.waitForEvent("download"), trainer.getByTestId("evaluation-csv").click()]);
    const csv = await readFile((await download.path())!, "utf8");
    expect(parse(csv, { columns: true, bom: true })).toEqual([
      { response: "1", session: expect.any(String), question: "Hoe nuttig was deze sessie voor jou?", kind: "rating", rating: "4", text: "" },
      { response: "1", session: expect.any(String), question: OWN_QUESTION, kind: "open", rating: "", text: "De empathiekaart en de persona" },
      { response: "1", session: expect.any(String), question: "Wat heb je geleerd?", kind: "open", rating: "", text: "Eerst luisteren, dan pas oplossen" },
    ]);
    expect(csv).not.toContain("Noor");

    await trainer.goto(`${app.baseUrl}/cohorts/${cohortId}`);
    await trainer.getByTestId("course-evaluation-link").click();
    await trainer.waitForURL(/\/evaluation$/);
    expect(await trainer.getByTestId("course-table").locator("tbody tr").first().textContent()).toBe("Hoe nuttig was deze sessie voor jou?4");
  });
});
