/**
 * The group workbook's success and risk factors and partners in real Chromium against the built
 * app: a participant who joined with the cohort's code rates the factors for session 1, then for
 * session 2, and sees both side by side; names a risk and a partner; the trainer's side-by-side
 * page shows the group's ratings per session.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { PROCESS_FACTORS } from "@/lib/shared/process/factors";
import { launchChromium } from "../helpers/chromium";
import { DEMO_TRAINER_EMAIL, DEMO_TRAINER_PASSWORD, startApp, type AppProcess } from "../helpers/app-process";
import { signInTrainer } from "../helpers/trainer-session";

let app: AppProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];
let participant: Page;
let cohortId = "";
let groupId = "";
let sessions: { id: string; title: string }[] = [];

async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  contexts.push(context);
  return context.newPage();
}

/** The trainer makes a cohort from the programme with one group, over the API like the cohort page does. */
async function makeCohort(): Promise<string> {
  const trainer = await signInTrainer(app.baseUrl, DEMO_TRAINER_EMAIL, DEMO_TRAINER_PASSWORD);
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await trainer.fetch(`${app.baseUrl}${path}`, {
      method,
      headers: body ? { "content-type": "application/json" } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    expect(response.status, `${method} ${path}`).toBeLessThan(300);
    return response.json();
  };
  cohortId = (await call("POST", "/api/cohorts", { name: "Najaar 2026", fromProgramme: true })).cohortId;
  groupId = (await call("POST", `/api/cohorts/${cohortId}/groups`, { name: "De Verbinders" })).group.id;
  const overview = await call("GET", `/api/cohorts/${cohortId}`);
  sessions = overview.sessions;
  return overview.joinCode;
}

/** Rates every factor `rating` (support gets `note`) and saves, for the session shown. */
async function rateAll(page: Page, rating: number, note: string) {
  for (const factor of PROCESS_FACTORS) await page.getByTestId(`rating-${factor}-${rating}`).check();
  await page.getByLabel(/toelichting bij draagvlak/i).fill(note);
  await page.getByTestId("save-ratings").click();
  await page.getByTestId("ratings-saved").filter({ hasText: /bewaard/i }).waitFor();
}

const cell = (page: Page, factor: string, column: string) =>
  page.getByTestId(`factor-cell-${factor}-${column}`).textContent();

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  const joinCode = await makeCohort();
  participant = await freshPage();
  await participant.goto(`${app.baseUrl}/join/${joinCode}`);
  await participant.locator('input[name="name"]').fill("Noor");
  await participant.locator('button[type="submit"]').click();
  await participant.waitForURL(/\/rooms\//, { timeout: 20_000 });
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await app?.stop();
});

describe("success and risk factors in the group workbook", () => {
  it("keeps the ratings of session 1 and session 2 and shows them side by side", async () => {
    await participant.goto(`${app.baseUrl}/cohorts/${cohortId}/groups/${groupId}`);
    await participant.waitForURL(/\/process$/);
    const [first, second] = sessions as [{ id: string; title: string }, { id: string; title: string }];
    // No session has started: the first one is the default round.
    expect(await participant.getByTestId("process-session").inputValue()).toBe(first.id);
    await rateAll(participant, 2, "Directie twijfelt");
    await participant.getByTestId(`factor-column-${first.id}`).waitFor();

    await participant.getByTestId("process-session").selectOption(second.id);
    expect(await participant.getByTestId("rating-support-2").isChecked()).toBe(false); // a fresh round
    await rateAll(participant, 4, "Directie doet mee");
    await participant.getByTestId(`factor-column-${second.id}`).waitFor();

    for (const factor of PROCESS_FACTORS) {
      expect(await cell(participant, factor, first.id)).toBe("2");
      expect(await cell(participant, factor, second.id)).toBe("4");
    }
    const legend = await participant.getByTestId("factor-chart").locator(".recharts-legend-item-text").allTextContents();
    expect(legend).toEqual([first.title, second.title]);

    // Back on session 1 the form shows what was stored then, note included.
    await participant.reload();
    await participant.getByTestId("process-session").selectOption(first.id);
    expect(await participant.getByTestId("rating-support-2").isChecked()).toBe(true);
    expect(await participant.getByLabel(/toelichting bij draagvlak/i).inputValue()).toBe("Directie twijfelt");
  });

  it("adds a risk with its mitigation to the chosen session", async () => {
    await participant.getByTestId("process-session").selectOption(sessions[1]!.id);
    const form = participant.getByTestId("add-risk-form");
    await form.getByLabel(/^risico$/i).fill("Ouders haken af");
    await form.getByLabel(/^aanpak$/i).fill("Avondmoment op school");
    await form.getByRole("button").click();
    await participant.getByTestId("risk-item").filter({ hasText: "Ouders haken af" }).waitFor();
    expect(await participant.getByTestId("risk-item").textContent()).toContain("Avondmoment op school");
  });

  it("keeps the group's partners on an interest × influence map and counts who took part", async () => {
    await participant.getByTestId("workbook-tab-partners").click();
    await participant.waitForURL(/\/partners$/);
    const form = participant.getByTestId("add-partner-form");
    await form.getByLabel(/^naam$/i).fill("Meester Jan");
    await form.getByLabel(/^belang$/i).selectOption("4");
    await form.getByLabel(/^invloed$/i).selectOption("5");
    await form.getByLabel(/heeft meegedaan/i).check();
    await form.getByRole("button", { name: /toevoegen/i }).click();
    await participant.getByTestId("partners-count").filter({ hasText: "Meegedaan: 1 van 1" }).waitFor();
    await form.getByLabel(/^naam$/i).fill("Oudercomité");
    await form.getByLabel(/^soort$/i).selectOption("parent");
    await form.getByRole("button", { name: /toevoegen/i }).click();
    await participant.getByTestId("partners-count").filter({ hasText: "Meegedaan: 1 van 2" }).waitFor();
    // The chart writes each word of a label in its own tspan.
    const labels = await participant
      .getByTestId("stakeholder-map")
      .locator(".recharts-label-list text")
      .evaluateAll((texts) => texts.map((text) => [...text.querySelectorAll("tspan")].map((word) => word.textContent).join(" ")));
    expect(labels.sort()).toEqual(["Meester Jan", "Oudercomité"]);
    const rows = await participant.getByTestId("partner-table").locator("tbody tr").allTextContents();
    expect(rows[0]).toContain("Leerkracht");
    expect(rows[1]).toContain("Ouder");
  });

  it("shows the trainer every group's ratings side by side per session", async () => {
    const trainer = await freshPage();
    await trainer.goto(`${app.baseUrl}/signin?callbackUrl=${encodeURIComponent(`/cohorts/${cohortId}`)}`);
    await trainer.locator('input[name="email"]').fill(DEMO_TRAINER_EMAIL);
    await trainer.locator('input[name="password"]').fill(DEMO_TRAINER_PASSWORD);
    await trainer.locator('button[type="submit"]').click();
    await trainer.waitForURL(new RegExp(`/cohorts/${cohortId}$`), { timeout: 15_000 });
    await trainer.getByTestId("process-overview-link").click();
    await trainer.waitForURL(/\/process$/);
    expect(await cell(trainer, "sharedGoal", groupId)).toBe("2");
    expect(await trainer.getByTestId(`group-risks-${groupId}`).textContent()).toContain("geen risico's");

    await trainer.getByTestId("overview-session").selectOption(sessions[1]!.id);
    await trainer.getByRole("button", { name: /tonen/i }).click();
    await trainer.waitForURL(/session=/);
    expect(await cell(trainer, "sharedGoal", groupId)).toBe("4");
    expect(await trainer.getByTestId(`group-risks-${groupId}`).textContent()).toContain("Ouders haken af");
  });
});
