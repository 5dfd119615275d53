/**
 * Two (then three) real Chromium browsers in the demo room: live notes, cursors, late joiners,
 * and the trainer moving everyone to a stage.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "./fixtures/browser-session";

let session: BrowserSession;

beforeAll(async () => {
  session = await BrowserSession.start();
});
afterAll(async () => {
  await session?.close();
});

describe("live room in real browsers", () => {
  it("shows a note written in one browser in the other within a second, with the writer's cursor", async () => {
    const anna = await session.participant("Anna");
    const bram = await session.participant("Bram");
    expect((await anna.debugView()).recordCount).toBeGreaterThan(10); // the five stage templates

    await anna.addStickyNote("Meer groen op de speelplaats");
    const elapsed = await bram.expectNote("Meer groen op de speelplaats", 1_000);
    expect(elapsed).toBeLessThan(1_000);

    await anna.moveMouseOverCanvas(500, 400);
    await anna.moveMouseOverCanvas(520, 420);
    // Anna's live cursor, with her name tag, on Bram's canvas.
    await bram.page.locator(".tl-collaborator__cursor .tl-nametag", { hasText: "Anna" }).first().waitFor({ timeout: 3_000 });
    expect(await bram.page.locator(".tl-collaborator__cursor").count()).toBeGreaterThan(0);
  });

  it("lets a browser that joins later see everything", async () => {
    const [anna, bram] = session.rooms;
    await anna!.addStickyNote("Ouders betrekken bij het ontwerp", { x: 700, y: 300 });
    await bram!.expectNote("Ouders betrekken bij het ontwerp", 1_000);
    const carla = await session.participant("Carla");
    await carla.expectNote("Meer groen op de speelplaats", 5_000);
    await carla.expectNote("Ouders betrekken bij het ontwerp", 5_000);
    expect((await carla.debugView()).recordCount).toBe((await anna!.debugView()).recordCount);
  });

  it("loads fonts, icons and translations from the app itself: no request leaves the machine", async () => {
    const { baseUrl } = session.app;
    const room = await session.open();
    const requested: string[] = [];
    room.page.on("request", (request) => requested.push(request.url()));
    await room.joinByCode(baseUrl, "DEMO42", "Daan");
    await room.page.waitForLoadState("networkidle");
    const external = requested.filter(
      (url) => !url.startsWith(baseUrl) && !url.startsWith(baseUrl.replace("http", "ws")) && !/^(data|blob):/.test(url),
    );
    expect(external).toEqual([]);
    expect(requested.some((url) => url.includes("/tldraw/fonts/"))).toBe(true);
  });

  it("moves everyone to the stage the trainer sets", async () => {
    const trainer = await session.trainer(new URL(session.rooms[0]!.page.url()).pathname);
    await trainer.setStageForEveryone("define");
    for (const room of session.rooms) await room.expectStage("define");
    await trainer.setStageForEveryone("prototype");
    for (const room of session.rooms) await room.expectStage("prototype");
    // Participants cannot set the stage for everyone.
    expect(await session.rooms[0]!.page.locator('[data-testid="set-stage-test"]').count()).toBe(0);
  });

  it("drew, synced and loaded fonts under the Content-Security-Policy without a violation", () => {
    expect(session.rooms.length).toBeGreaterThan(3);
    expect(session.rooms.flatMap((room) => room.cspViolations)).toEqual([]);
  });
});
