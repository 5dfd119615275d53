/**
 * Pure timer arithmetic on TimerState. Every `now` is server time (local clock + measured
 * offset), so all clients compute the same remaining time from the same shared state.
 */
import type { TimerState } from "@/lib/shared/facilitation/room-state";

export const MINUTE_MS = 60_000;

/**
 * Time left at server time `now`: never negative, and never more than the timer's length — a
 * client whose clock offset is estimated a few ms early would otherwise show 05:01 for 5 minutes.
 */
export function remainingAt(timer: TimerState, now: number): number {
  if (timer.endsAt === null) return timer.remainingMs;
  return Math.min(timer.durationMs, Math.max(0, timer.endsAt - now));
}

export function isRunning(timer: TimerState): boolean {
  return timer.endsAt !== null;
}

/** Running and already at zero: the moment for the visual and sound cue. */
export function hasFinished(timer: TimerState, now: number): boolean {
  return timer.endsAt !== null && timer.durationMs > 0 && remainingAt(timer, now) === 0;
}

/** A fresh countdown of `minutes` from `now`; 0 minutes gives an empty, stopped timer. */
export function startTimer(minutes: number, now: number, sound: boolean): TimerState {
  const durationMs = Math.round(Math.max(0, minutes) * MINUTE_MS);
  if (durationMs === 0) return { durationMs: 0, endsAt: null, remainingMs: 0, sound };
  return { durationMs, endsAt: now + durationMs, remainingMs: durationMs, sound };
}

/** Freezes the time left. */
export function pauseTimer(timer: TimerState, now: number): TimerState {
  return { ...timer, endsAt: null, remainingMs: remainingAt(timer, now) };
}

/** Continues a paused countdown from where it stopped. */
export function resumeTimer(timer: TimerState, now: number): TimerState {
  if (timer.endsAt !== null || timer.remainingMs === 0) return timer;
  return { ...timer, endsAt: now + timer.remainingMs };
}

/** One more minute, running or paused; a finished timer counts on from now. */
export function addMinute(timer: TimerState, now: number): TimerState {
  const durationMs = timer.durationMs + MINUTE_MS;
  if (timer.endsAt === null) return { ...timer, durationMs, remainingMs: timer.remainingMs + MINUTE_MS };
  return { ...timer, durationMs, endsAt: Math.max(timer.endsAt, now) + MINUTE_MS };
}

/** Back to the full length, stopped. */
export function resetTimer(timer: TimerState): TimerState {
  return { ...timer, endsAt: null, remainingMs: timer.durationMs };
}

/** "mm:ss", rounding up so "00:00" shows only when the time is really over. */
export function formatRemaining(ms: number): string {
  const totalSeconds = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${String(minutes).padStart(2, "0")}:${String(seconds).padStart(2, "0")}`;
}

/** Whole minutes left, rounded up: what the screen-reader announcement changes on. */
export function minutesLeft(ms: number): number {
  return Math.ceil(Math.max(0, ms) / MINUTE_MS);
}
