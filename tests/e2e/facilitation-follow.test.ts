/**
 * Follow and summon, laser and reactions with a facilitator (the demo trainer) and two
 * participants in real Chromium browsers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FollowSteps, type Camera } from "./fixtures/follow-page";
import { openFacilitatedRoom, type FacilitatedRoom } from "./fixtures/browser-session";

let room: FacilitatedRoom;
let trainer: FollowSteps;
let anna: FollowSteps;
let bram: FollowSteps;

beforeAll(async () => {
  room = await openFacilitatedRoom();
  [anna, bram, trainer] = [new FollowSteps(room.anna), new FollowSteps(room.bram), new FollowSteps(room.trainer)];
}, 120_000);

afterAll(async () => {
  await room?.session.close();
});

const close = (a: Camera, b: Camera) => Math.abs(a.x - b.x) < 2 && Math.abs(a.y - b.y) < 2 && Math.abs(a.z - b.z) < 0.01;

async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 3_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("follow and summon, laser and reactions", () => {
  it("summon brings both participants to the facilitator's stage and camera", async () => {
    expect((await anna.room.debugView()).currentStage).toBe("empathize");
    // The trainer moves only their own view, then pans and zooms somewhere distinct.
    await trainer.goToStage("define");
    await new Promise((resolve) => setTimeout(resolve, 300)); // the stage's first framing
    const framed = await trainer.camera();
    await trainer.zoomIn();
    await trainer.pan(240, 160);
    await new Promise((resolve) => setTimeout(resolve, 500)); // let the zoom animation settle
    const facilitatorCamera = await trainer.camera();
    expect(close(facilitatorCamera, framed)).toBe(false);
    expect(facilitatorCamera.z).not.toBeCloseTo(framed.z, 2);
    // Nobody else moved: the trainer did not set the stage for everyone.
    expect((await anna.room.debugView()).currentStage).toBe("empathize");
    expect((await bram.room.debugView()).currentStage).toBe("empathize");

    await trainer.summonEveryone();
    for (const participant of [anna, bram]) {
      await participant.room.expectStage("define", 3_000);
      const camera = await participant.waitForCamera((camera) => close(camera, facilitatorCamera), 3_000);
      expect(close(camera, facilitatorCamera)).toBe(true);
      await participant.page.locator('[data-testid="summon-notice"]').waitFor({ timeout: 2_000 });
    }
    // The facilitator's own view stays put.
    expect(close(await trainer.camera(), facilitatorCamera)).toBe(true);

    // Someone joining within a minute of the summon is brought there too.
    const carlaRoom = await room.session.participant("Carla");
    const carla = new FollowSteps(carlaRoom);
    await carlaRoom.expectStage("define", 3_000);
    expect(close(await carla.waitForCamera((camera) => close(camera, facilitatorCamera), 3_000), facilitatorCamera)).toBe(true);
  });

  it("a follower's view follows the facilitator's until they stop following", async () => {
    const trainerId = await trainer.selfUserId();
    await anna.follow(trainerId);
    expect(await anna.page.evaluate(() => (window as unknown as { __cocreateDebug: { getFollowingUserId(): string } }).__cocreateDebug.getFollowingUserId())).toBe(`user:${trainerId}`);

    await trainer.pan(-400, 300);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const leader = await trainer.viewCenter();
    const followed = await eventually(
      () => anna.viewCenter(),
      (view) => Math.abs(view.x - leader.x) < 3 && Math.abs(view.y - leader.y) < 3 && Math.abs(view.z - leader.z) < 0.01,
    );
    expect(Math.abs(followed.x - leader.x)).toBeLessThan(3);
    expect(Math.abs(followed.y - leader.y)).toBeLessThan(3);
    expect(Math.abs(followed.z - leader.z)).toBeLessThan(0.01);

    await anna.stopFollowing();
    const stoppedAt = await anna.camera();
    await trainer.pan(500, -200);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(close(await anna.camera(), stoppedAt)).toBe(true);
    expect(close(await trainer.camera(), stoppedAt)).toBe(false);
  });

  it("a reaction from one participant shows at the other participant and the facilitator", async () => {
    const annaId = await anna.selfUserId();
    await anna.react("thumbs-up");
    await bram.waitForReactionFrom(annaId, "thumbs-up");
    await trainer.waitForReactionFrom(annaId, "thumbs-up");
    await anna.waitForReactionFrom(annaId, "thumbs-up");
    // It goes away by itself after a few seconds.
    await bram.page
      .locator(`[data-testid="reaction-bubble"][data-user-id="${annaId}"]`)
      .waitFor({ state: "detached", timeout: 8_000 });
  });

  it("the facilitator's laser strokes reach the participants", async () => {
    const trainerId = await trainer.selfUserId();
    await trainer.startLaserStroke();
    const seen = await eventually(
      async () => (await bram.collaborators()).find((presence) => presence.userId === `user:${trainerId}`),
      (presence) => (presence?.scribblePoints ?? 0) > 3,
    );
    await trainer.moveLaser(800, 300);
    await trainer.endLaserStroke();
    expect(seen?.scribblePoints ?? 0).toBeGreaterThan(3);
    expect(seen?.pageId).toBe("page:define");
    // Still connected: a long stroke stays under the awareness size limit.
    await trainer.moveLaser(300, 300);
    await trainer.room.page.locator('[data-testid="connection-status"][data-status="connected"]').waitFor({ timeout: 1_000 });
  });

  it("following stops by itself when the followed person leaves", async () => {
    const annaId = await anna.selfUserId();
    await bram.follow(annaId);
    await anna.room.close();
    await bram.page.locator('[data-testid="following-bar"]').waitFor({ state: "detached", timeout: 5_000 });
    expect(
      await bram.page.evaluate(() =>
        (window as unknown as { __cocreateDebug: { getFollowingUserId(): string } }).__cocreateDebug.getFollowingUserId(),
      ),
    ).toBe("");
  });
});
