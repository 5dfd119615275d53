/**
 * Limits of the realtime endpoint and the join route: the default values (the server reads
 * overrides from the environment, server/realtime/limits/limit-config.ts) and how long a client
 * waits before it tries again after a limit closed its connection. README "Limits" lists them.
 */

/**
 * Frames one connection may send per second (every frame counts, including the awareness echoes
 * y-websocket clients send for everyone else's presence). Past it: close 4429.
 */
export const DEFAULT_MESSAGES_PER_SECOND = 1_000;

/**
 * Awareness changes of a connection's own presence per AWARENESS_WINDOW_MS. Past it the change
 * is held back, and only the latest one is applied when the window ends: others see the cursor
 * at a lower rate but never a stale last position. Nothing is closed.
 */
export const DEFAULT_AWARENESS_PER_WINDOW = 5;
export const AWARENESS_WINDOW_MS = 250;

/**
 * Websocket connections one address may open per minute. Generous because a whole class may sit
 * behind one school router (NAT) and reconnect at once after a restart. Past it: an upgrade with
 * a valid room token is accepted and closed with 4429 (a browser cannot read the HTTP status of
 * a refused upgrade); one without is refused with HTTP 429.
 */
export const DEFAULT_CONNECTIONS_PER_MINUTE = 300;

/**
 * Connections per room, over all instances when there are several; facilitators always get in.
 * Past it: close 4409.
 */
export const DEFAULT_ROOM_MAX_CONNECTIONS = 50;

/** Wrong join codes one address may try per minute. Past it: HTTP 429 `rate_limited`. */
export const DEFAULT_JOIN_FAILURES_PER_MINUTE = 20;

/**
 * How long a client waits before reconnecting after a limit closed it (4429, 4409): 5 s, doubling
 * up to 60 s, with up to 20% random extra so a closed class does not come back in one burst.
 */
export function limitRetryDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(5_000 * 2 ** Math.max(0, attempt), 60_000);
  return Math.round(base * (1 + 0.2 * random()));
}
