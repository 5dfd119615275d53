"use client";
/**
 * The shared timer's time left, re-computed from server time several times a second while it
 * runs (so a display never drifts from the others), and whether it reached zero.
 */
import { useEffect, useState } from "react";
import type { TimerState } from "@/lib/shared/facilitation/room-state";
import { hasFinished, remainingAt } from "./timer-math";

const TICK_MS = 100;

export interface TimerView {
  remainingMs: number;
  running: boolean;
  finished: boolean;
}

export function useTimer(timer: TimerState | null, serverNow: () => number): TimerView {
  const [, setTick] = useState(0);
  // Read at render: every tick and every change of the shared state re-renders with a fresh time.
  const now = serverNow();
  const remainingMs = timer ? remainingAt(timer, now) : 0;
  const running = timer?.endsAt != null && remainingMs > 0;

  useEffect(() => {
    if (!running) return;
    const interval = setInterval(() => setTick((tick) => tick + 1), TICK_MS);
    return () => clearInterval(interval);
  }, [running]);

  if (!timer) return { remainingMs: 0, running: false, finished: false };
  return { remainingMs, running, finished: hasFinished(timer, now) };
}
