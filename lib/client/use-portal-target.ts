"use client";
import { useSyncExternalStore } from "react";

/**
 * The first element matching `selector`, for portals into the room's side panel and canvas. The
 * Board renders those beside the facilitation layer in the same commit, so the element is looked
 * up again on the next frame, once it is in the document.
 */
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
