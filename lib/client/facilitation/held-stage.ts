"use client";
/**
 * The stage a facilitator holds the room on ("focus"), as seen by this page. The stage
 * navigation hook publishes it; the stage bar reads it to disable the other stages. A tiny
 * store instead of a prop, so the Board's wiring stays unchanged.
 */
import { useSyncExternalStore } from "react";
import type { StageId } from "@/lib/shared/stages";

let heldStage: StageId | null = null;
const listeners = new Set<() => void>();

export function publishHeldStage(stage: StageId | null): void {
  if (stage === heldStage) return;
  heldStage = stage;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The held stage, or null while everyone may move freely. */
export function useHeldStage(): StageId | null {
  return useSyncExternalStore(subscribe, () => heldStage, () => null);
}
