/**
 * The action plan in real Chromium: a participant selects a sticky note on their group's board
 * and makes an action of it in one click; it is in the workbook's actions tab with the note's
 * text and stage; a due date in the past flags it overdue there and on the board's side panel;
 * the trainer sees it flagged on the session page and marks it done there.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_TRAINER_EMAIL, DEMO_TRAINER_PASSWORD } from "../helpers/app-process";
import { BrowserSession } from "./fixtures/browser-session";
import type { RoomPage } from "./fixtures/room-page";

let session: BrowserSession;
let trainer: RoomPage;
let participant: RoomPage;
let cohortId: string;
let groupId: string;
let roomPath: string;

const NOTE = "Ouderavond plannen met de mediatheek";

/** Signs the demo trainer in and makes a cohort from the programme with one group. */
async function trainerWithCohort(): Promise<{ joinCode: string }> {
  trainer = await session.open();
  const { page } = trainer;
  await page.goto(`${session.app.baseUrl}/api/auth/signin`);
  await page.locator('input[name="email"]').fill(DEMO_TRAINER_EMAIL);
  await page.locator('input[name="password"]').fill(DEMO_TRAINER_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.waitForLoadState("networkidle");
  await page.goto(`${session.app.baseUrl}/trainer`);
  const made = await page.evaluate(async () => {
    const post = (path: string, body: unknown) =>
      fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then(
        (response) => response.json(),
      );
    const created = await post("/api/cohorts", { name: "Actieplan-cohort", fromProgramme: true });
    const { group } = await post(`/api/cohorts/${created.cohortId}/groups`, { name: "Groep Mediatheek" });
    return { cohortId: created.cohortId as string, joinCode: created.cohort.joinCode as string, groupId: group.id as string, roomId: group.roomId as string };
  });
  cohortId = made.cohortId;
  groupId = made.groupId;
  roomPath = `/rooms/${made.roomId}`;
  return { joinCode: made.joinCode };
}

beforeAll(async () => {
  session = await BrowserSession.start();
  const { joinCode } = await trainerWithCohort();
  participant = await session.participant("Fenna", joinCode);
  expect(new URL(participant.page.url()).pathname).toBe(roomPath);
  // The trainer watches the same board: a note they see has been stored by the server.
  await trainer.page.goto(`${session.app.baseUrl}${roomPath}`);
  await trainer.waitUntilConnected();
}, 180_000);

afterAll(async () => {
  await session?.close();
});

describe("the action plan", () => {
  it("turns a sticky note into an action, flags it overdue, and shows it to the trainer", async () => {
    const { page } = participant;
    await page.getByTestId("stage-define").click();
    await participant.expectStage("define");
    await participant.addStickyNote(NOTE);
    await trainer.expectNote(NOTE, 15_000);

    // The note is still selected after typing: one click on "Make action" under it.
    await page.getByTestId("make-action-from-note").click();
    const outcome = page.getByTestId("make-action-outcome");
    await outcome.waitFor({ timeout: 10_000 });
    expect(await outcome.textContent()).toContain(`Actie gemaakt: ‘${NOTE}’`);

    // It is in the workbook's actions tab with the note's text and stage.
    await outcome.getByRole("link").click();
    await page.waitForURL(new RegExp(`/cohorts/${cohortId}/groups/${groupId}/actions$`));
    const row = page.getByTestId("action-row");
    expect(await row.count()).toBe(1);
    expect(await row.getByTestId("action-title").textContent()).toBe(NOTE);
    expect(await row.getByTestId("action-stage").textContent()).toBe("Fase: Definiëren");
    expect(await row.getAttribute("data-overdue")).toBe("false");

    // A due date in the past flags it overdue, in words.
    await row.getByTestId("action-edit").click();
    const form = page.getByTestId("action-plan-" + roomPath.split("/")[2]).getByTestId("action-form").first();
    await form.getByLabel("Eigenaar").fill("Fenna");
    await form.getByLabel("Deadline").fill("2020-01-15");
    await form.getByRole("button", { name: "Opslaan" }).click();
    await page.locator('[data-testid="action-row"][data-overdue="true"]').waitFor({ timeout: 10_000 });
    expect(await row.getByTestId("action-overdue").textContent()).toContain("Te laat");
    expect(await row.getByTestId("action-owner").textContent()).toBe("Fenna");

    // Back on the board, the side panel says one action is overdue.
    await page.goto(`${session.app.baseUrl}${roomPath}`);
    await participant.waitUntilConnected();
    const badge = page.getByTestId("board-overdue-actions");
    await badge.waitFor({ timeout: 10_000 });
    expect(await badge.textContent()).toContain("1 actie te laat");

    // The trainer sees it flagged on the session page and marks it done there.
    const overview = await trainer.page.evaluate(
      (id) => fetch(`/api/cohorts/${id}`).then((response) => response.json()),
      cohortId,
    );
    const lastSession = overview.sessions.at(-1).id as string;
    await trainer.page.goto(`${session.app.baseUrl}/cohorts/${cohortId}/sessions/${lastSession}`);
    const group = trainer.page.getByTestId(`session-actions-${groupId}`);
    await group.waitFor({ timeout: 10_000 });
    expect(await group.textContent()).toContain("1 actie te laat");
    const trainerRow = group.getByTestId("action-row");
    expect(await trainerRow.getByTestId("action-title").textContent()).toBe(NOTE);
    expect(await trainerRow.getByTestId("action-overdue").textContent()).toContain("Te laat");
    await trainerRow.getByTestId("action-status").selectOption("done");
    await group.locator('[data-testid="action-row"][data-overdue="false"]').waitFor({ timeout: 10_000 });
    const plan = await trainer.page.evaluate(
      (path) => fetch(`/api/rooms/${path.split("/")[2]}/actions`).then((response) => response.json()),
      roomPath,
    );
    expect(plan.actions).toEqual([
      expect.objectContaining({ title: NOTE, stageId: "define", status: "done", dueOn: "2020-01-15", ownerName: "Fenna" }),
    ]);
    // The cohort page's line for the group agrees.
    await trainer.page.goto(`${session.app.baseUrl}/cohorts/${cohortId}`);
    expect(await trainer.page.getByTestId(`cohort-actions-${groupId}`).textContent()).toContain("niets te laat");
  });
});
