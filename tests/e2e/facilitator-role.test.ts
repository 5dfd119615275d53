/**
 * The demo trainer makes a participant facilitator of the demo room from the people list: the
 * participant gets the facilitator tools without reloading and can set the stage for everyone;
 * taking it back removes the tools again. Real Chromium browsers against the real app.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "../helpers/chromium";
import { DEMO_TRAINER_EMAIL, DEMO_TRAINER_PASSWORD, startApp, type AppProcess } from "../helpers/app-process";
import { RoomPage } from "./fixtures/room-page";
import { RoomRoleSteps } from "./fixtures/room-roles-page";

let app: AppProcess;
let browser: Browser;
const rooms: RoomPage[] = [];
let trainer: RoomRoleSteps;
let carla: RoomRoleSteps;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  const carlaRoom = await RoomPage.open(browser);
  rooms.push(carlaRoom);
  await carlaRoom.joinByCode(app.baseUrl, "DEMO42", "Carla");
  const trainerRoom = await RoomPage.open(browser);
  rooms.push(trainerRoom);
  const roomPath = new URL(carlaRoom.page.url()).pathname;
  await trainerRoom.signInAsTrainer(app.baseUrl, DEMO_TRAINER_EMAIL, DEMO_TRAINER_PASSWORD, roomPath);
  [trainer, carla] = [new RoomRoleSteps(trainerRoom), new RoomRoleSteps(carlaRoom)];
}, 120_000);

afterAll(async () => {
  for (const room of rooms) await room.close();
  await browser?.close();
  await app?.stop();
});

describe("a participant made facilitator by the trainer", () => {
  it("gets the facilitator tools without reloading, sets the stage for everyone, and loses them again", async () => {
    const carlaId = await trainer.userIdOf("Carla");
    // Participants see neither the stage-for-everyone buttons nor anyone's facilitator toggle.
    expect(await carla.setStageButton("define").count()).toBe(0);
    expect(await carla.room.page.locator('[data-testid^="make-facilitator-"]').count()).toBe(0);
    await carla.markPage();

    await trainer.toggleFacilitator(carlaId, true);
    await trainer.room.page.locator("[data-testid=facilitator-badge]").waitFor({ timeout: 5_000 });
    await carla.setStageButton("define").waitFor({ timeout: 15_000 });
    expect(await carla.stillSamePage()).toBe(true);
    // A promoted participant facilitates but cannot promote others.
    expect(await carla.room.page.locator('[data-testid^="make-facilitator-"]').count()).toBe(0);

    await carla.room.waitUntilConnected();
    await carla.room.setStageForEveryone("define");
    await carla.room.expectStage("define");
    await trainer.room.expectStage("define", 5_000);

    await trainer.toggleFacilitator(carlaId, false);
    await carla.setStageButton("define").waitFor({ state: "detached", timeout: 15_000 });
    expect(await carla.stillSamePage()).toBe(true);
  }, 90_000);
});
