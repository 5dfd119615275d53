/** The shared timer's arithmetic: what every client computes from the same state and server time. */
import { describe, expect, it } from "vitest";
import {
  addMinute,
  formatRemaining,
  hasFinished,
  minutesLeft,
  pauseTimer,
  remainingAt,
  resetTimer,
  resumeTimer,
  startTimer,
} from "@/lib/client/facilitation/timer-math";
import { TimerState } from "@/lib/shared/facilitation/room-state";

const T0 = 1_800_000_000_000;

describe("timer math", () => {
  it("counts down a running timer by server time and stops at zero", () => {
    const timer = startTimer(5, T0, true);
    expect(TimerState.parse(timer)).toEqual(timer);
    expect(remainingAt(timer, T0)).toBe(300_000);
    expect(remainingAt(timer, T0 + 12_345)).toBe(287_655);
    expect(remainingAt(timer, T0 + 300_000)).toBe(0);
    expect(remainingAt(timer, T0 + 999_999)).toBe(0);
    // A clock estimated slightly before the start never shows more than the timer's length.
    expect(remainingAt(timer, T0 - 4)).toBe(300_000);
    expect(hasFinished(timer, T0 + 299_999)).toBe(false);
    expect(hasFinished(timer, T0 + 300_000)).toBe(true);
  });

  it("freezes on pause, whatever time it is later, and resumes from there", () => {
    const paused = pauseTimer(startTimer(5, T0, false), T0 + 60_000);
    expect(paused.endsAt).toBeNull();
    expect(remainingAt(paused, T0 + 60_000)).toBe(240_000);
    expect(remainingAt(paused, T0 + 10 * 60_000)).toBe(240_000);
    const resumed = resumeTimer(paused, T0 + 100_000);
    expect(remainingAt(resumed, T0 + 100_000)).toBe(240_000);
    expect(remainingAt(resumed, T0 + 160_000)).toBe(180_000);
  });

  it("adds a minute to running, paused and finished timers", () => {
    const running = startTimer(1, T0, true);
    expect(remainingAt(addMinute(running, T0 + 10_000), T0 + 10_000)).toBe(110_000);
    const paused = pauseTimer(running, T0 + 30_000);
    expect(remainingAt(addMinute(paused, T0 + 40_000), T0 + 99_000)).toBe(90_000);
    // Finished long ago: a new minute counts from now, not from the old end.
    expect(remainingAt(addMinute(running, T0 + 600_000), T0 + 600_000)).toBe(60_000);
    expect(addMinute(running, T0).durationMs).toBe(120_000);
  });

  it("resets to the full length, stopped; 0 minutes is an empty timer", () => {
    const reset = resetTimer(pauseTimer(startTimer(3, T0, true), T0 + 5_000));
    expect(reset).toMatchObject({ endsAt: null, remainingMs: 180_000, durationMs: 180_000 });
    expect(startTimer(0, T0, true)).toEqual({ durationMs: 0, endsAt: null, remainingMs: 0, sound: true });
    expect(hasFinished(startTimer(0, T0, true), T0)).toBe(false);
  });

  it("formats mm:ss rounding up, and whole minutes for announcements", () => {
    expect(formatRemaining(300_000)).toBe("05:00");
    expect(formatRemaining(299_001)).toBe("05:00");
    expect(formatRemaining(299_000)).toBe("04:59");
    expect(formatRemaining(1)).toBe("00:01");
    expect(formatRemaining(0)).toBe("00:00");
    expect(formatRemaining(61 * 60_000)).toBe("61:00");
    expect(minutesLeft(240_001)).toBe(5);
    expect(minutesLeft(240_000)).toBe(4);
  });
});
