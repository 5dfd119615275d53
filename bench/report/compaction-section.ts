/** Section 5: compaction (Cocreate) or persistence flush (peers) of the large room, and the stalls. */
import type { BenchPlan } from "../config";
import type { CompactionResult } from "../metrics/compaction";
import { count, list, ms, table } from "./format";
import { failures, succeeded, type Measured } from "./measured";
import type { PersistenceEvent } from "../servers/control";

export function renderCompactionSection(
  results: Measured<{ compaction: CompactionResult }>[],
  plan: BenchPlan,
): string[] {
  const measured = succeeded(results);
  const { receivers, ratePerSecond, windowMs } = plan.compaction;
  const cell = (pick: (result: CompactionResult, persists: boolean) => string) =>
    measured.map(({ spec, value }) => pick(value.compaction, spec.persists));
  const none = (persists: boolean) => (persists ? "none in the window" : "n/a (no persistence)");
  const stall = (value: number) => (value > 0 ? ms(value) : "≤ 5 ms");
  return [
    `## 5. Compaction cost in the ${count(plan.largeRoom.shapes)}-shape room, and the longest event-loop stall`,
    "",
    `In the room of section 4, ${receivers} clients receive while one writer moves a note ${ratePerSecond}×/s for ${windowMs / 1000} s`,
    "(then 3 s without edits).",
    `Cocreate compacts by itself every ${plan.serverEnv.BENCH_COMPACT_AFTER_UPDATES ?? 200} stored updates${plan.serverEnv.BENCH_COMPACT_AFTER_UPDATES ? " (200 in production; lowered for the quick run)" : ""}: its store reads the stored snapshot and updates,`,
    "builds one new snapshot from them (Yjs work, in a worker thread) and writes it in place of the update log;",
    "Hocuspocus flushes the whole document to SQLite by itself (2 s after the last edit, at least every",
    "10 s); the reference server writes nothing. A write's time runs from the start of the compaction",
    "(flush) to the end of its database write. Stalls: a 5 ms timer inside the server process notes every tick that",
    "comes late; a stall that overlaps a write is counted as the write's.",
    "",
    ...table(
      ["", ...measured.map(({ spec }) => spec.label)],
      [
        [
          "writes in the window",
          ...cell((r, persists) => (r.writes.length ? String(r.writes.length) : none(persists))),
        ],
        [
          "**time per write (ms)**",
          ...cell((r, persists) =>
            r.writes.length
              ? `**${list(
                  r.writes.map((write) => write.ms),
                  1,
                )}**`
              : none(persists),
          ),
        ],
        [
          "of which building/encoding the snapshot (ms)",
          ...cell((r, persists) => {
            const known = (pick: (write: PersistenceEvent) => number | null | undefined) =>
              r.writes.map(pick).filter((value): value is number => typeof value === "number");
            const sync = known((write) => write.syncMs);
            const offLoop = known((write) => write.offLoopMs);
            if (!r.writes.length) return none(persists);
            if (offLoop.length) return `${list(offLoop, 1)} in a worker thread, off the event loop`;
            return sync.length
              ? `${list(sync, 1)} on the event loop`
              : "all of it, on the event loop (better-sqlite3 is synchronous)";
          }),
        ],
        [
          "snapshot size",
          ...cell((r, persists) => {
            const bytes = r.writes
              .map((write) => write.bytes)
              .filter((value): value is number => value !== null);
            return bytes.length
              ? `${(Math.max(...bytes) / 2 ** 20).toFixed(2)} MiB`
              : r.writes.length
                ? "not reported"
                : none(persists);
          }),
        ],
        [
          "**longest stall during a write**",
          ...cell((r, persists) =>
            r.maxStallDuringWriteMs === null
              ? none(persists)
              : `**${stall(r.maxStallDuringWriteMs)}**`,
          ),
        ],
        ["longest stall otherwise", ...cell((r) => stall(r.maxStallOutsideWriteMs))],
        ["monitorEventLoopDelay max (whole window)", ...cell((r) => ms(r.maxLoopDelayMs))],
        [
          "receivers' fan-out p50 / p99 / max",
          ...cell((r) => `${ms(r.fanOut.p50)} / ${ms(r.fanOut.p99)} / ${ms(r.fanOut.max)}`),
        ],
      ],
    ),
    ...failures(results),
    "",
  ];
}
