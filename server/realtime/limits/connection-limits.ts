/**
 * Per-connection limits: frames per second (past it the connection is closed with 4429) and own
 * awareness changes per window (past it they are held back; the latest is applied when the
 * window ends). Counted with rate-limiter-flexible's in-memory fixed windows: a connection lives
 * in one process, so these never need a shared store.
 *
 * The limiter answers asynchronously, and frames must be handled in order, so a frame is handled
 * at once and counted alongside; the connection is closed as soon as the count goes over. A
 * flood therefore gets at most one network read's worth of frames past the limit.
 */
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { AWARENESS_WINDOW_MS } from "@/lib/shared/realtime/limits";
import type { RealtimeLimits } from "./limit-config";

interface HeldAwareness {
  latest: (() => void) | null;
  timer: NodeJS.Timeout;
}

export class ConnectionLimits {
  private readonly messages: RateLimiterMemory;
  private readonly awareness: RateLimiterMemory;
  private readonly keys = new WeakMap<object, string>();
  private readonly held = new Map<string, HeldAwareness>();
  private nextKey = 0;

  constructor(limits: RealtimeLimits) {
    this.messages = new RateLimiterMemory({ points: limits.messagesPerSecond, duration: 1 });
    this.awareness = new RateLimiterMemory({
      points: limits.awarenessPerWindow,
      duration: AWARENESS_WINDOW_MS / 1000,
    });
  }

  /** Counts one frame of `connection`; calls `onExceeded` when it went over the limit. */
  countFrame(connection: object, onExceeded: () => void): void {
    this.messages.consume(this.keyOf(connection)).catch((result: unknown) => {
      if (result instanceof RateLimiterRes) onExceeded();
    });
  }

  /**
   * Runs `apply` (an awareness change of `connection`) now if the window allows it, else keeps
   * it as the one to run when the window ends (replacing any change held before it).
   */
  throttleAwareness(connection: object, apply: () => void): void {
    const key = this.keyOf(connection);
    this.awareness.consume(key).then(
      () => apply(),
      (result: unknown) => {
        if (!(result instanceof RateLimiterRes)) return;
        const held = this.held.get(key);
        if (held) {
          held.latest = apply;
          return;
        }
        const timer = setTimeout(() => {
          const latest = this.held.get(key)?.latest;
          this.held.delete(key);
          if (latest) this.throttleAwareness(connection, latest);
        }, result.msBeforeNext + 1);
        timer.unref();
        this.held.set(key, { latest: apply, timer });
      },
    );
  }

  /** Drops what is kept for a closed connection. */
  forget(connection: object): void {
    const key = this.keys.get(connection);
    if (key === undefined) return;
    const held = this.held.get(key);
    if (held) clearTimeout(held.timer);
    this.held.delete(key);
    void this.messages.delete(key);
    void this.awareness.delete(key);
  }

  private keyOf(connection: object): string {
    let key = this.keys.get(connection);
    if (key === undefined) {
      key = String(this.nextKey++);
      this.keys.set(connection, key);
    }
    return key;
  }
}
