/**
 * Locked template shapes in real browsers: a participant cannot drag the Empathize page's
 * "Zegt / Says" quadrant (and stays connected: nothing reached the server), the facilitator can,
 * and the participant sees the facilitator's move. Then the facilitator unlocks it for everyone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserSession } from "./fixtures/browser-session";
import { LockSteps } from "./fixtures/locks-page";

const SAYS = "shape:empathize-says";

let session: BrowserSession;
/** Uncaught errors in the participant's page (a crashed canvas would hide a broken lock). */
const pageErrors: string[] = [];

beforeAll(async () => {
  session = await BrowserSession.start();
});
afterAll(async () => {
  await session?.close();
});

describe("locked elements in real browsers", () => {
  let participant: LockSteps;
  let facilitator: LockSteps;

  it("does not let a participant move a template shape", async () => {
    const participantRoom = await session.open();
    participantRoom.page.on("pageerror", (error) => pageErrors.push(error.message));
    await participantRoom.joinByCode(session.app.baseUrl, "DEMO42", "Anna");
    const trainerRoom = await session.trainer(new URL(participantRoom.page.url()).pathname);
    await participantRoom.expectStage("empathize");
    await trainerRoom.expectStage("empathize");
    participant = new LockSteps(participantRoom);
    facilitator = new LockSteps(trainerRoom);

    const before = await participant.shape(SAYS);
    expect(before.locked).toBe(true);
    await participant.dragShape(SAYS, { x: 160, y: 90 });
    await participant.page.locator('[data-testid="lock-hint"]').waitFor({ timeout: 2_000 });
    // A double-click on it does not open its text: like on the bare canvas, it starts a new
    // text of the participant's own, which Escape drops again (it is empty).
    await participant.page.keyboard.press("Escape");
    await participant.page.mouse.dblclick(before.screenCenter.x, before.screenCenter.y);
    await participant.page.waitForTimeout(200);
    expect(await participant.editingShapeId()).not.toBe(SAYS);
    await participant.page.keyboard.press("Escape");
    await participant.page.waitForTimeout(200);

    const after = await participant.shape(SAYS);
    expect({ x: after.x, y: after.y }).toEqual({ x: before.x, y: before.y });
    const seenByFacilitator = await facilitator.shape(SAYS);
    expect({ x: seenByFacilitator.x, y: seenByFacilitator.y }).toEqual({ x: before.x, y: before.y });
    // Still connected: the server never received a forbidden update.
    await participant.expectConnected();
  });

  it("lets the facilitator move it, and the participant sees the move", async () => {
    const before = await facilitator.shape(SAYS);
    // Out to the left, where no other quadrant overlaps it (they would be on top of it).
    await facilitator.dragShape(SAYS, { x: -160, y: 40 });
    await facilitator.waitForShapeXChange(SAYS, before.x);
    const moved = await facilitator.shape(SAYS);
    expect(moved.x).not.toBe(before.x);
    await participant.waitForShapeX(SAYS, moved.x, 3_000);
    expect((await participant.shape(SAYS)).y).toBe(moved.y);
  });

  it("lets the facilitator unlock the shape for participants", async () => {
    // After the drag the shape is still selected on the facilitator's board.
    await facilitator.page.locator('[data-testid="lock-toggle"]').waitFor({ timeout: 2_000 });
    await facilitator.toggleLockOfSelection();
    await participant.waitForLocked(SAYS, false);
    const before = await participant.shape(SAYS);
    await participant.dragShape(SAYS, { x: 120, y: 0 });
    await facilitator.waitForShapeXChange(SAYS, before.x);
    await participant.expectConnected();
    expect(pageErrors).toEqual([]);
  });
});
