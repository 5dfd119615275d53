/**
 * Group commit for one room. Updates pushed while a write is in flight are collected and
 * committed as one batch, so a busy room makes one database round trip per batch rather than
 * per keystroke. Tasks (versions, the final compaction at unload) run in the same queue, so they
 * observe exactly the updates committed before them. Order is strictly FIFO. (Compaction while
 * people work runs beside the queue: see Room.maybeScheduleCompaction.)
 */
import { logger } from "@/lib/server/logger";

/** Upper bounds for one batch; a larger backlog is split into several commits. */
const MAX_BATCH_ITEMS = 500;
const MAX_BATCH_BYTES = 8 * 1024 * 1024;

type Entry<T> =
  | { kind: "item"; item: T; bytes: number }
  | { kind: "task"; run: () => Promise<void>; done: (error?: unknown) => void };

export interface WriteQueueHandlers<T> {
  /** Makes `batch` durable and applies it; must not resolve before the write is committed. */
  commit(batch: T[]): Promise<void>;
  /** Called when `commit` rejects; the batch is dropped (the queue carries on). */
  onCommitError(error: unknown, batch: T[]): void;
}

export class WriteQueue<T> {
  private readonly entries: Entry<T>[] = [];
  private running = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly handlers: WriteQueueHandlers<T>,
    private readonly sizeOf: (item: T) => number,
  ) {}

  /** Number of entries waiting (not counting the batch in flight). */
  get backlog(): number {
    return this.entries.length;
  }

  get isIdle(): boolean {
    return !this.running && this.entries.length === 0;
  }

  push(item: T): void {
    this.entries.push({ kind: "item", item, bytes: this.sizeOf(item) });
    this.kick();
  }

  /** Runs `task` after everything queued before it; resolves or rejects with the task. */
  runTask(task: () => Promise<void>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const done = (error?: unknown) => (error === undefined ? resolve() : reject(error));
      this.entries.push({ kind: "task", run: task, done });
      this.kick();
    });
  }

  /** Resolves once every entry queued so far (and any queued meanwhile) has been handled. */
  whenIdle(): Promise<void> {
    if (this.isIdle) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private kick(): void {
    if (this.running) return;
    this.running = true;
    // Deferred by a microtask so updates pushed in the same tick join the first batch.
    queueMicrotask(() => void this.drain());
  }

  private async drain(): Promise<void> {
    try {
      while (this.entries.length > 0) {
        const head = this.entries[0]!;
        if (head.kind === "task") {
          this.entries.shift();
          try {
            await head.run();
            head.done();
          } catch (error) {
            head.done(error ?? new Error("task failed"));
          }
          continue;
        }
        const batch = this.takeBatch();
        try {
          await this.handlers.commit(batch);
        } catch (error) {
          this.handlers.onCommitError(error, batch);
        }
      }
    } catch (error) {
      // Only reachable through a bug in a handler's error path; never let it escape.
      logger.error({ err: error }, "write queue failed");
    } finally {
      this.running = false;
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  private takeBatch(): T[] {
    const batch: T[] = [];
    let bytes = 0;
    while (batch.length < MAX_BATCH_ITEMS) {
      const next = this.entries[0];
      if (!next || next.kind !== "item") break;
      if (batch.length > 0 && bytes + next.bytes > MAX_BATCH_BYTES) break;
      this.entries.shift();
      batch.push(next.item);
      bytes += next.bytes;
    }
    return batch;
  }
}
