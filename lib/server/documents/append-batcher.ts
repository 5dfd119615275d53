/**
 * Group commit across rooms. Each room already batches its own edits (server/realtime/
 * write-queue.ts); here the appends of all rooms that arrive while a write is in flight go into
 * the next write together: one transaction, one database round trip (on PostgreSQL one WAL
 * flush) for many rooms, instead of one per room. Appends resolve in call order, each with the
 * seq of its last row, only once their transaction committed. When a combined write fails,
 * each of its appends is written alone, so one failing append (its room deleted meanwhile)
 * fails only itself.
 */

export interface StoredRow {
  roomId: string;
  data: Uint8Array<ArrayBuffer>;
}

interface PendingAppend {
  rows: StoredRow[];
  bytes: number;
  resolve: (lastSeq: number) => void;
  reject: (error: unknown) => void;
}

/** Bounds of one combined write; a larger backlog is written in several. */
const MAX_ROWS = 1_000;
const MAX_BYTES = 8 * 1024 * 1024;

export interface AppendBatcher {
  /** Stores `rows` (non-empty, one room's) durably; resolves with the seq of the last one. */
  append(rows: StoredRow[]): Promise<number>;
  /** Resolves once everything appended so far is written (or failed). */
  whenWritten(): Promise<void>;
}

/** `write` stores rows in one transaction and returns their seqs, in order. */
export function createAppendBatcher(
  write: (rows: StoredRow[]) => Promise<number[]>,
): AppendBatcher {
  const queued: PendingAppend[] = [];
  let draining: Promise<void> | null = null;

  function takeBatch(): PendingAppend[] {
    const batch: PendingAppend[] = [];
    let rows = 0;
    let bytes = 0;
    while (queued.length > 0) {
      const next = queued[0]!;
      const fits = rows + next.rows.length <= MAX_ROWS && bytes + next.bytes <= MAX_BYTES;
      if (batch.length > 0 && !fits) break;
      batch.push(queued.shift()!);
      rows += next.rows.length;
      bytes += next.bytes;
    }
    return batch;
  }

  async function writeAlone(append: PendingAppend): Promise<void> {
    try {
      append.resolve((await write(append.rows)).at(-1)!);
    } catch (error) {
      append.reject(error);
    }
  }

  async function writeBatch(batch: PendingAppend[]): Promise<void> {
    if (batch.length === 1) return writeAlone(batch[0]!);
    let seqs: number[];
    try {
      seqs = await write(batch.flatMap((append) => append.rows));
    } catch {
      for (const append of batch) await writeAlone(append);
      return;
    }
    let written = 0;
    for (const append of batch) {
      written += append.rows.length;
      append.resolve(seqs[written - 1]!);
    }
  }

  async function drain(): Promise<void> {
    // Deferred by a microtask, so appends made in the same tick share the first write.
    await Promise.resolve();
    while (queued.length > 0) await writeBatch(takeBatch());
    draining = null;
  }

  return {
    append(rows) {
      return new Promise<number>((resolve, reject) => {
        const bytes = rows.reduce((sum, row) => sum + row.data.byteLength, 0);
        queued.push({ rows, bytes, resolve, reject });
        draining ??= drain();
      });
    },
    whenWritten() {
      return draining ?? Promise.resolve();
    },
  };
}
