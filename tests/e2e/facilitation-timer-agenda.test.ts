/**
 * A facilitator (the demo trainer) and two participants in real Chromium: the shared timer
 * agrees on every screen, also for a late joiner whose clock is a minute off; pause freezes it
 * for everyone; focus holds participants on a stage; one agenda click sets stage, timer and mode.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "./fixtures/browser-session";
import type { RoomPage } from "./fixtures/room-page";
import {
  loadAgenda,
  openFacilitationPanel,
  readTimers,
  skewClock,
  startAgendaStep,
  startTimer,
  waitForMode,
  waitForTimer,
  type TimerReading,
} from "./fixtures/live-session-page";

let session: BrowserSession;
let trainer: RoomPage;
let anna: RoomPage;
let bram: RoomPage;

beforeAll(async () => {
  session = await BrowserSession.start();
});
afterAll(async () => {
  await session?.close();
});

function spread(readings: TimerReading[]): number {
  const values = readings.map((reading) => reading.remainingMs);
  return Math.max(...values) - Math.min(...values);
}

describe("live session timer and agenda", () => {
  it("shows the same countdown to the facilitator and both participants", async () => {
    anna = await session.participant("Anna");
    trainer = await session.trainer(new URL(anna.page.url()).pathname);
    bram = await session.participant("Bram");

    // Participants see the timer and mode, but no controls.
    for (const participant of [anna, bram]) {
      expect(await participant.page.locator('[data-testid="timer-display"]').count()).toBe(1);
      expect(await participant.page.locator('[data-testid="facilitation-panel-toggle"]').count()).toBe(0);
      expect(await participant.page.locator('[data-testid="timer-start"]').count()).toBe(0);
    }

    await startTimer(trainer.page, 5);
    for (const room of [trainer, anna, bram]) await waitForTimer(room, true);
    const readings = await readTimers([trainer, anna, bram]);
    expect(spread(readings), JSON.stringify(readings)).toBeLessThan(1_000);
    for (const reading of readings) {
      expect(reading.remainingMs).toBeGreaterThan(290_000);
      expect(reading.remainingMs).toBeLessThanOrEqual(300_000);
      expect(reading.text).toMatch(/^0[45]:\d\d$/);
    }
    const timer = anna.page.locator('[data-testid="timer-display"]');
    expect(await timer.getAttribute("role")).toBe("timer");
  });

  it("gives a late joiner whose clock runs a minute ahead the same time left", async () => {
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    const carla = await session.open();
    await skewClock(carla, 60_000);
    await carla.joinByCode(session.app.baseUrl, "DEMO42", "Carla");
    expect(await carla.page.evaluate(() => Date.now() - new Date().getTime())).toBeGreaterThan(59_000);
    await waitForTimer(carla, true);

    const readings = await readTimers([trainer, anna, bram, carla]);
    expect(spread(readings), JSON.stringify(readings)).toBeLessThan(1_000);
    expect(readings[3]!.remainingMs).toBeLessThan(297_000); // it really kept counting meanwhile
    await carla.close();
  });

  it("freezes the time for everyone on pause, and +1 minute and reset reach everyone", async () => {
    await trainer.page.locator('[data-testid="timer-pause"]').click();
    for (const room of [trainer, anna, bram]) await waitForTimer(room, false);
    const paused = await readTimers([trainer, anna, bram]);
    expect(spread(paused)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await readTimers([trainer, anna, bram])).toEqual(paused);

    await trainer.page.locator('[data-testid="timer-add-minute"]').click();
    const wanted = paused[0]!.remainingMs + 60_000;
    for (const room of [anna, bram]) {
      await room.page.locator(`[data-testid="timer-display"][data-remaining-ms="${wanted}"]`).waitFor({ timeout: 3_000 });
    }
    await trainer.page.locator('[data-testid="timer-reset"]').click();
    for (const room of [anna, bram]) {
      await room.page.locator('[data-testid="timer-display"][data-remaining-ms="360000"]').waitFor({ timeout: 3_000 });
    }
  });

  it("shows the end of the countdown to everyone", async () => {
    await startTimer(trainer.page, 0.05); // 3 seconds
    for (const room of [trainer, anna, bram]) {
      await room.page.locator('[data-testid="timer-display"][data-finished="true"]').waitFor({ timeout: 6_000 });
      expect(await room.page.locator('[data-testid="timer-display"]').textContent()).toBe("00:00");
    }
  });

  it("holds participants on the facilitator's stage while focus is on", async () => {
    await trainer.setStageForEveryone("define");
    for (const room of [trainer, anna, bram]) await room.expectStage("define");
    await openFacilitationPanel(trainer.page);
    await trainer.page.locator('[data-testid="focus-toggle"]').check();
    await anna.page.locator('[data-testid="stage-test"]:disabled').waitFor({ timeout: 3_000 });
    expect(await anna.page.locator('[data-testid="stage-define"]').isDisabled()).toBe(false);
    // The facilitator is never held.
    expect(await trainer.page.locator('[data-testid="stage-test"]').isDisabled()).toBe(false);

    await trainer.page.locator('[data-testid="focus-toggle"]').uncheck();
    await anna.page.locator('[data-testid="stage-test"]:enabled').waitFor({ timeout: 3_000 });
    await anna.page.locator('[data-testid="stage-test"]').click();
    await anna.expectStage("test");
  });

  it("sets stage, timer and mode for everyone with one agenda click", async () => {
    await trainer.setStageForEveryone("define");
    for (const room of [trainer, anna, bram]) await room.expectStage("define");
    await loadAgenda(trainer.page, "ideate");
    expect(await trainer.page.locator('[data-testid^="agenda-step-"]').count()).toBe(5);

    await startAgendaStep(trainer.page, 0);
    for (const room of [trainer, anna, bram]) {
      await room.expectStage("ideate");
      await waitForMode(room, "silent");
      await waitForTimer(room, true);
    }
    const readings = await readTimers([trainer, anna, bram]);
    expect(spread(readings)).toBeLessThan(1_000);
    for (const reading of readings) expect(reading.remainingMs).toBeGreaterThan(295_000);
    expect(await anna.page.locator('[data-testid="agenda-current-title"]').textContent()).toContain("5 min stil ideeën");

    // "Clusteren": open mode, 10 minutes.
    await startAgendaStep(trainer.page, 2);
    for (const room of [anna, bram]) {
      await waitForMode(room, "open");
      await room.page.waitForFunction(
        () => Number(document.querySelector<HTMLElement>('[data-testid="timer-display"]')?.dataset.remainingMs) > 590_000,
        undefined,
        { timeout: 3_000 },
      );
      await room.expectStage("ideate");
    }
  });
});
