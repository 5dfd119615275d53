"use client";
import { useSyncExternalStore } from "react";

/** The first element matching `selector` once the board rendered it (checked each frame). */
export function usePortalTarget(selector: string): Element | null {
  return useSyncExternalStore(
    subscribeNextFrame,
    () => document.querySelector(selector),
    () => null,
  );
}

function subscribeNextFrame(onChange: () => void): () => void {
  const frame = requestAnimationFrame(onChange);
  return () => cancelAnimationFrame(frame);
}
