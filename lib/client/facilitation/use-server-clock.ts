"use client";
/**
 * Server time in the browser: Date.now() plus the offset measured against GET /api/time. The
 * offset is measured once per page (shared by every component) and again after the tab was
 * hidden for a while, since laptops that sleep drift.
 */
import { useCallback, useSyncExternalStore } from "react";
import { fetchServerNow, measureServerOffset } from "./server-clock";

const REMEASURE_AFTER_MS = 5 * 60_000;

let offsetMs = 0;
let synced = false;
let measuring: Promise<void> | null = null;
let measuredAt = 0;
const listeners = new Set<() => void>();

function measure(): void {
  if (measuring) return;
  measuring = measureServerOffset(fetchServerNow)
    .then((offset) => {
      if (offset === null) return;
      offsetMs = offset;
      synced = true;
      measuredAt = Date.now();
      for (const listener of listeners) listener();
    })
    .finally(() => {
      measuring = null;
    });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!synced || Date.now() - measuredAt > REMEASURE_AFTER_MS) measure();
  const handleVisibility = () => {
    if (document.visibilityState === "visible" && Date.now() - measuredAt > REMEASURE_AFTER_MS) measure();
  };
  document.addEventListener("visibilitychange", handleVisibility);
  return () => {
    listeners.delete(listener);
    document.removeEventListener("visibilitychange", handleVisibility);
  };
}

export interface ServerClock {
  /** Server − local clock (ms); 0 until measured. */
  offsetMs: number;
  /** Whether the offset has been measured at least once. */
  synced: boolean;
  /** The server's time now (ms since epoch). */
  now(): number;
}

export function useServerClock(): ServerClock {
  const offset = useSyncExternalStore(subscribe, () => offsetMs, () => 0);
  const isSynced = useSyncExternalStore(subscribe, () => synced, () => false);
  const now = useCallback(() => Date.now() + offset, [offset]);
  return { offsetMs: offset, synced: isSynced, now };
}
