/**
 * Keeps a published presence under the server's awareness limit (MAX_AWARENESS_BYTES): the
 * server closes a connection whose awareness state is larger, and a long laser stroke or a big
 * selection would otherwise get there. Laser points are rounded and only the newest kept;
 * selections are cut last. What is cut only costs the others some detail of this client's view.
 */
import { MAX_AWARENESS_BYTES } from "@/lib/shared/realtime/protocol";

/** Newest points kept per scribble: a laser trail fades after about this many anyway. */
export const MAX_SCRIBBLE_POINTS = 120;
const MAX_SCRIBBLES = 4;
/** Room left for user, stage and reaction next to the presence record. */
const BUDGET_BYTES = MAX_AWARENESS_BYTES - 1024;

interface ScribbleLike {
  points?: unknown;
  [key: string]: unknown;
}

/** A copy of `presence` that fits the wire; the same object when nothing needed changing. */
export function fitPresence<T extends Record<string, unknown>>(presence: T, budgetBytes = BUDGET_BYTES): T {
  let fitted: Record<string, unknown> = presence;
  const scribbles = presence.scribbles;
  if (Array.isArray(scribbles) && scribbles.length > 0) {
    fitted = { ...fitted, scribbles: scribbles.slice(-MAX_SCRIBBLES).map((s) => trimScribble(s as ScribbleLike)) };
  }
  for (let keep = MAX_SCRIBBLE_POINTS / 2; sizeOf(fitted) > budgetBytes && keep >= 4; keep = Math.floor(keep / 2)) {
    const current = fitted.scribbles as ScribbleLike[] | undefined;
    if (!current?.length) break;
    fitted = { ...fitted, scribbles: current.map((s) => trimScribble(s, keep)) };
  }
  if (sizeOf(fitted) > budgetBytes) fitted = { ...fitted, scribbles: [] };
  const selected = fitted.selectedShapeIds;
  if (sizeOf(fitted) > budgetBytes && Array.isArray(selected)) {
    fitted = { ...fitted, selectedShapeIds: selected.slice(0, 50) };
    if (sizeOf(fitted) > budgetBytes) fitted = { ...fitted, selectedShapeIds: [] };
  }
  return fitted as T;
}

function trimScribble(scribble: ScribbleLike, keep = MAX_SCRIBBLE_POINTS): ScribbleLike {
  if (!Array.isArray(scribble.points)) return scribble;
  const points = (scribble.points as { x: number; y: number; z?: number }[]).slice(-keep).map((point) => ({
    x: Math.round(point.x * 10) / 10,
    y: Math.round(point.y * 10) / 10,
    z: Math.round((point.z ?? 0.5) * 100) / 100,
  }));
  return { ...scribble, points };
}

function sizeOf(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).byteLength;
}
