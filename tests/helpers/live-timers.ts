/**
 * Counts the timers the process has pending (set, not yet fired or cleared), unref'd ones
 * included, which process.getActiveResourcesInfo() leaves out. Import it first in a child
 * entry (realtime-child-server.ts): it wraps the global setTimeout/setInterval, which the
 * server and its libraries call, so a timer left behind by a closed connection or an unloaded
 * room shows up here. Node's own internal timers (sockets, http) are not counted.
 */
const pending = new Set<NodeJS.Timeout>();

const originalSetTimeout = globalThis.setTimeout;
const originalClearTimeout = globalThis.clearTimeout;
const originalSetInterval = globalThis.setInterval;
const originalClearInterval = globalThis.clearInterval;

function forget(timer: unknown): void {
  if (timer && typeof timer === "object") pending.delete(timer as NodeJS.Timeout);
}

globalThis.setTimeout = Object.assign(
  (callback: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => {
    const timer: NodeJS.Timeout = originalSetTimeout(
      (...callbackArgs: unknown[]) => {
        pending.delete(timer);
        callback(...callbackArgs);
      },
      delay,
      ...args,
    );
    pending.add(timer);
    return timer;
  },
  { __promisify__: originalSetTimeout.__promisify__ },
) as typeof setTimeout;

globalThis.setInterval = ((
  callback: (...args: unknown[]) => void,
  delay?: number,
  ...args: unknown[]
) => {
  const timer = originalSetInterval(callback, delay, ...args);
  pending.add(timer);
  return timer;
}) as typeof setInterval;

globalThis.clearTimeout = ((timer?: NodeJS.Timeout | string | number) => {
  forget(timer);
  originalClearTimeout(timer);
}) as typeof clearTimeout;

globalThis.clearInterval = ((timer?: NodeJS.Timeout | string | number) => {
  forget(timer);
  originalClearInterval(timer);
}) as typeof clearInterval;

/** Timers set through the globals that have neither fired (setTimeout) nor been cleared. */
export function liveTimerCount(): number {
  return pending.size;
}
