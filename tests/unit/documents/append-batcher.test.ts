/** Group commit across rooms: one write for what queued meanwhile, in call order; failures stay apart. */
import { describe, expect, it } from "vitest";
import { createAppendBatcher, type StoredRow } from "@/lib/server/documents/append-batcher";

const row = (roomId: string, byte: number): StoredRow => ({
  roomId,
  data: new Uint8Array([byte]),
});

/** A fake table: rows get increasing seqs; a write holding a row of `failRoom` fails whole. */
function fakeTable(failRoom?: string) {
  const writes: StoredRow[][] = [];
  let seq = 0;
  const write = async (rows: StoredRow[]) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (rows.some((stored) => stored.roomId === failRoom)) throw new Error("room deleted");
    writes.push(rows);
    return rows.map(() => ++seq);
  };
  return { writes, write };
}

describe("append batcher", () => {
  it("puts the appends of several rooms made meanwhile into one write, and answers each its last seq", async () => {
    const table = fakeTable();
    const batcher = createAppendBatcher(table.write);
    const first = batcher.append([row("a", 1)]);
    const second = batcher.append([row("b", 2), row("b", 3)]);
    const third = batcher.append([row("a", 4)]);
    expect(await Promise.all([first, second, third])).toEqual([1, 3, 4]);
    expect(table.writes).toHaveLength(1);
    expect(table.writes[0]!.map((stored) => stored.data[0])).toEqual([1, 2, 3, 4]);
  });

  it("fails only the append whose room cannot be written", async () => {
    const table = fakeTable("gone");
    const batcher = createAppendBatcher(table.write);
    const results = await Promise.allSettled([
      batcher.append([row("a", 1)]),
      batcher.append([row("gone", 2)]),
      batcher.append([row("b", 3)]),
    ]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(table.writes.flat().map((stored) => stored.roomId)).toEqual(["a", "b"]);
    await batcher.whenWritten();
  });
});
