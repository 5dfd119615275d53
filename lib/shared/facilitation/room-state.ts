/**
 * Live facilitation state kept in the room map (keys in lib/shared/realtime/doc-layout.ts).
 * Only a facilitator's connection may write these keys (the server refuses others with 4403).
 * Times are server epoch milliseconds, so clients with wrong clocks still agree (each client
 * corrects by its measured offset to the server clock).
 */
import { z } from "zod";
import { STAGE_IDS } from "../stages";

export const RoomMode = z.enum(["open", "silent"]);
export type RoomMode = z.infer<typeof RoomMode>;

export const TimerState = z.object({
  /** Full length of the countdown as last set (ms), for the progress display. */
  durationMs: z.number().int().min(0).max(24 * 60 * 60 * 1000),
  /** Running: the server time it ends at. Null while paused or reset. */
  endsAt: z.number().nullable(),
  /** Paused or reset: the time left (ms). Ignored while running. */
  remainingMs: z.number().int().min(0),
  /** Whether to play a sound at the end (each client may still mute it). */
  sound: z.boolean(),
});
export type TimerState = z.infer<typeof TimerState>;

export const AgendaStep = z.object({
  id: z.string().min(1).max(64),
  title: z.string().min(1).max(120),
  stage: z.enum(STAGE_IDS),
  /** Timer length this step starts, or 0 for none. */
  minutes: z.number().min(0).max(240),
  mode: RoomMode,
});
export type AgendaStep = z.infer<typeof AgendaStep>;

export const AgendaState = z.object({
  steps: z.array(AgendaStep).max(50),
  /** Index of the step that was started last, or -1. */
  currentIndex: z.number().int().min(-1),
});
export type AgendaState = z.infer<typeof AgendaState>;

export const SummonState = z.object({
  /** Unique per request, so the same view can be summoned twice. */
  id: z.string().min(1).max(64),
  byUserId: z.string().max(64),
  stage: z.enum(STAGE_IDS),
  camera: z.object({ x: z.number(), y: z.number(), z: z.number().positive() }),
  /** Server time of the request; clients ignore summons older than a minute when they join. */
  at: z.number(),
});
export type SummonState = z.infer<typeof SummonState>;
