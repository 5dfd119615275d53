/**
 * The peer-review flow end to end in the browser: the visiting group reads but cannot edit the
 * host board, fills the grid, host group sees it. A trainer opens a visit (group 2 visits group 1)
 * on the cohort page; a group-2 participant finds it on their cohort page, opens group 1's board
 * read-only (sees its note; a note they try to add never reaches the board), fills one item into
 * each quadrant; a group-1 participant reads the four items; the trainer closes the visit and the
 * visitor's open board connection ends, and the board stays closed to them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO_TRAINER_EMAIL, DEMO_TRAINER_PASSWORD } from "../helpers/app-process";
import { BrowserSession } from "./fixtures/browser-session";

let session: BrowserSession;

const FEEDBACK = {
  top: "De persona's zijn heel herkenbaar",
  tip: "Betrek ook de ouders",
  question: "Wie neemt de eindbeslissing?",
  idea: "Organiseer een buurtfeest",
} as const;

/** A JSON call from the page, with its cookies (as the app's own scripts make them). */
function callApi(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: body === undefined ? undefined : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // CSV and other text stay text.
      }
      return { status: response.status, body: parsed };
    },
    { method, path, body },
  );
}

const noteTexts = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cocreateDebug: { getNoteTexts(): string[] } }).__cocreateDebug.getNoteTexts());
const docNoteTexts = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cocreateDebug: { getDocNoteTexts(): string[] } }).__cocreateDebug.getDocNoteTexts());

beforeAll(async () => {
  session = await BrowserSession.start();
});
afterAll(async () => {
  await session?.close();
});

describe("peer review (intervisie)", () => {
  it("lets a visiting group read the host's board without editing it, fill the grid, and the host group read it", { timeout: 240_000 }, async () => {
    // The trainer signs in and makes a cohort with two groups.
    const app = session.app;
    const trainer = (await session.open()).page;
    await trainer.goto(`${app.baseUrl}/signin?callbackUrl=%2Ftrainer`);
    await trainer.locator('input[name="email"]').fill(DEMO_TRAINER_EMAIL);
    await trainer.locator('input[name="password"]').fill(DEMO_TRAINER_PASSWORD);
    await trainer.locator('button[type="submit"]').click();
    await trainer.waitForURL(/\/trainer$/, { timeout: 15_000 });
    const created = await callApi(trainer, "POST", "/api/cohorts", { name: "Intervisie", fromProgramme: false });
    expect(created.status).toBe(201);
    const cohortId = created.body.cohortId as string;
    for (const name of ["Groep 1", "Groep 2"]) {
      expect((await callApi(trainer, "POST", `/api/cohorts/${cohortId}/groups`, { name })).status).toBe(201);
    }
    const overview = (await callApi(trainer, "GET", `/api/cohorts/${cohortId}`)).body;
    const [group1, group2] = overview.groups as { id: string; roomId: string }[];

    // One participant per group (the first joiner lands in group 1); the host group makes a note.
    const hostRoom = await session.participant("Hanna", overview.joinCode);
    expect(hostRoom.page.url()).toContain(`/rooms/${group1!.roomId}`);
    const visitorRoom = await session.participant("Victor", overview.joinCode);
    expect(visitorRoom.page.url()).toContain(`/rooms/${group2!.roomId}`);
    await hostRoom.addStickyNote("Onze persona");
    await hostRoom.expectNote("Onze persona", 5_000);

    // The trainer opens the visit on the cohort page: group 2 visits group 1's board.
    await trainer.goto(`${app.baseUrl}/cohorts/${cohortId}`);
    await trainer.getByTestId("peer-review-host").selectOption(group1!.id);
    await trainer.getByTestId("peer-review-visitor").selectOption(group2!.id);
    await trainer.getByTestId("peer-review-open").click();
    const openVisit = trainer.locator('li[data-open="true"]');
    await openVisit.waitFor({ timeout: 15_000 });
    const visitId = (await openVisit.getAttribute("data-testid"))!.replace("peer-review-", "");

    // The visitor finds it on their cohort page and opens the host's board from the visit page.
    const visitor = visitorRoom.page;
    await visitor.goto(`${app.baseUrl}/cohorts/${cohortId}`);
    await visitor.getByTestId(`peer-review-link-${visitId}`).click();
    await visitor.waitForURL(new RegExp(`/peer-reviews/${visitId}$`));
    await visitor.getByTestId("peer-review-board-link").click();
    await visitor.waitForURL(new RegExp(`/rooms/${group1!.roomId}$`));
    await visitorRoom.waitUntilConnected();
    await visitorRoom.expectNote("Onze persona", 10_000);
    await visitor.getByText(/alleen lezen/i).first().waitFor();
    expect(await visitor.getByTestId("open-workbook").count()).toBe(0);
    expect(await visitor.getByTestId(`room-peer-review-${visitId}`).count()).toBe(1);

    // The visitor tries to put a note on the board the way a person would: it goes nowhere.
    await visitor.locator(".tl-canvas").click({ position: { x: 20, y: 300 } });
    await visitor.keyboard.press("Escape");
    await visitor.keyboard.press("n");
    await visitor.mouse.click(700, 450);
    await visitor.keyboard.type("Graffiti van bezoekers");
    await visitor.keyboard.press("Escape");
    // A later note of the host reaches the visitor: the visitor's attempt would have reached the host by now.
    await hostRoom.addStickyNote("Na de poging", { x: 500, y: 300 });
    await visitorRoom.expectNote("Na de poging", 10_000);
    expect(await noteTexts(visitor)).not.toContain("Graffiti van bezoekers");
    expect(await docNoteTexts(visitor)).not.toContain("Graffiti van bezoekers");
    expect(await noteTexts(hostRoom.page)).not.toContain("Graffiti van bezoekers");
    const stored = await callApi(trainer, "GET", `/api/rooms/${group1!.roomId}/export/notes.csv`);
    expect(stored.status).toBe(200);
    expect(stored.body).toContain("Onze persona");
    expect(stored.body).toContain("Na de poging");
    expect(stored.body).not.toContain("Graffiti");
    // The visitor works in nobody's room but their own: no exports of the host's board.
    expect((await callApi(visitor, "GET", `/api/rooms/${group1!.roomId}/export/notes.csv`)).status).toBe(403);

    // In a second tab (the board stays open), the visitor fills one item into each quadrant.
    const grid = await visitorRoom.context.newPage();
    await grid.goto(`${app.baseUrl}/cohorts/${cohortId}/peer-reviews/${visitId}`);
    for (const [kind, text] of Object.entries(FEEDBACK)) {
      await grid.getByTestId(`feedback-input-${kind}`).fill(text);
      await grid.getByTestId(`feedback-add-${kind}`).click();
      await grid.getByTestId(`feedback-quadrant-${kind}`).getByText(text).waitFor({ timeout: 15_000 });
    }

    // The host group reads the four items from its cohort page (and its workbook), and cannot add any.
    const host = hostRoom.page;
    await host.goto(`${app.baseUrl}/cohorts/${cohortId}`);
    await host.getByTestId(`peer-review-link-${visitId}`).click();
    await host.waitForURL(new RegExp(`/peer-reviews/${visitId}$`));
    for (const [kind, text] of Object.entries(FEEDBACK)) {
      expect(await host.getByTestId(`feedback-quadrant-${kind}`).getByText(text).count()).toBe(1);
    }
    expect(await host.getByTestId("feedback-item").count()).toBe(4);
    expect(await host.locator('[data-testid^="feedback-input-"]').count()).toBe(0);
    expect(await host.getByTestId("peer-review-board-link").count()).toBe(0);
    await host.goto(`${app.baseUrl}/cohorts/${cohortId}/groups/${group1!.id}/peer-review`);
    expect(await host.getByTestId("workbook-peer-review").getByTestId("feedback-item").count()).toBe(4);

    // The trainer closes the visit: the visitor's open board connection ends at once.
    await trainer.reload();
    await trainer.getByTestId(`peer-review-close-${visitId}`).click();
    await trainer.locator(`li[data-testid="peer-review-${visitId}"][data-open="false"]`).waitFor({ timeout: 15_000 });
    await visitor.locator(".connection-problem").waitFor({ timeout: 15_000 });
    await visitor.locator('[data-testid="connection-status"][data-status="offline"]').waitFor();
    await visitor.reload();
    await visitor.getByTestId("room-forbidden").waitFor();
    expect((await callApi(visitor, "GET", `/api/rooms/${group1!.roomId}/token`)).status).toBe(403);
    // The feedback stays; nobody adds to a closed visit.
    await grid.reload();
    await grid.getByTestId("peer-review-closed").waitFor();
    expect(await grid.getByTestId("feedback-item").count()).toBe(4);
    expect(await grid.locator('[data-testid^="feedback-input-"]').count()).toBe(0);
  });
});
