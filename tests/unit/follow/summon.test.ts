/** Which summons a client follows: new ones, not its own, not stale ones when it joins late. */
import { describe, expect, it } from "vitest";
import { decideSummon, SUMMON_FRESH_MS } from "@/lib/client/follow/summon";

const summon = { id: "s1", byUserId: "trainer", stage: "define", camera: { x: -120, y: 40, z: 1.5 }, at: 1_000_000 };
const base = { lastSeenId: null, isInitial: false, selfUserId: "anna", now: summon.at + 500 };

describe("decideSummon", () => {
  it("follows a new summon by someone else", () => {
    expect(decideSummon(summon, base)).toEqual({ summon, apply: true });
  });

  it("follows the same summon only once", () => {
    expect(decideSummon(summon, { ...base, lastSeenId: "s1" }).apply).toBe(false);
    expect(decideSummon({ ...summon, id: "s2" }, { ...base, lastSeenId: "s1" }).apply).toBe(true);
  });

  it("never moves the facilitator who summoned", () => {
    expect(decideSummon(summon, { ...base, selfUserId: "trainer" }).apply).toBe(false);
  });

  it("on joining follows a recent summon and ignores one older than a minute", () => {
    expect(decideSummon(summon, { ...base, isInitial: true, now: summon.at + SUMMON_FRESH_MS - 1 }).apply).toBe(true);
    expect(decideSummon(summon, { ...base, isInitial: true, now: summon.at + SUMMON_FRESH_MS + 1 }).apply).toBe(false);
    // A live summon is followed whatever the clocks say: it just arrived.
    expect(decideSummon(summon, { ...base, now: summon.at + 10 * SUMMON_FRESH_MS }).apply).toBe(true);
  });

  it("on joining ignores a summon to another stage than the one since set for everyone", () => {
    const joining = { ...base, isInitial: true };
    expect(decideSummon(summon, { ...joining, activeStage: "define" }).apply).toBe(true);
    expect(decideSummon(summon, { ...joining, activeStage: "ideate" }).apply).toBe(false);
    expect(decideSummon(summon, { ...joining, activeStage: undefined }).apply).toBe(true);
  });

  it("ignores values that are not a valid summon", () => {
    expect(decideSummon(undefined, base)).toEqual({ summon: null, apply: false });
    expect(decideSummon({ ...summon, stage: "nowhere" }, base).apply).toBe(false);
    expect(decideSummon({ ...summon, camera: { x: 0, y: 0, z: 0 } }, base).apply).toBe(false);
  });
});
