/**
 * The realtime endpoint's limits, from defaults (lib/shared/realtime/limits.ts) overridden by the
 * environment. Tests and benchmarks pass their own values to createRealtimeServer.
 */
import {
  DEFAULT_AWARENESS_PER_WINDOW,
  DEFAULT_CONNECTIONS_PER_MINUTE,
  DEFAULT_MESSAGES_PER_SECOND,
  DEFAULT_ROOM_MAX_CONNECTIONS,
} from "@/lib/shared/realtime/limits";

export interface RealtimeLimits {
  /** Frames per second per connection; past it the connection is closed (4429). */
  messagesPerSecond: number;
  /** Own awareness changes per AWARENESS_WINDOW_MS per connection; past it they are held back. */
  awarenessPerWindow: number;
  /** New websocket connections per minute per client address, over all instances (4429 / 429). */
  connectionsPerMinute: number;
  /** Connections per room, over all instances; facilitators not refused (4409). */
  roomMaxConnections: number;
}

export const DEFAULT_REALTIME_LIMITS: RealtimeLimits = {
  messagesPerSecond: DEFAULT_MESSAGES_PER_SECOND,
  awarenessPerWindow: DEFAULT_AWARENESS_PER_WINDOW,
  connectionsPerMinute: DEFAULT_CONNECTIONS_PER_MINUTE,
  roomMaxConnections: DEFAULT_ROOM_MAX_CONNECTIONS,
};

/** Reads a positive whole number from `env[name]`, or `fallback` when unset; throws when invalid. */
export function positiveIntegerFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  fallback: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1`);
  return value;
}

/**
 * REALTIME_MESSAGES_PER_SECOND, REALTIME_AWARENESS_PER_WINDOW, REALTIME_CONNECTIONS_PER_MINUTE
 * and ROOM_MAX_CONNECTIONS, each falling back to its default.
 */
export function realtimeLimitsFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
): RealtimeLimits {
  const defaults = DEFAULT_REALTIME_LIMITS;
  return {
    messagesPerSecond: positiveIntegerFromEnv(
      env,
      "REALTIME_MESSAGES_PER_SECOND",
      defaults.messagesPerSecond,
    ),
    awarenessPerWindow: positiveIntegerFromEnv(
      env,
      "REALTIME_AWARENESS_PER_WINDOW",
      defaults.awarenessPerWindow,
    ),
    connectionsPerMinute: positiveIntegerFromEnv(
      env,
      "REALTIME_CONNECTIONS_PER_MINUTE",
      defaults.connectionsPerMinute,
    ),
    roomMaxConnections: positiveIntegerFromEnv(
      env,
      "ROOM_MAX_CONNECTIONS",
      defaults.roomMaxConnections,
    ),
  };
}
