/** Section 4: time to open the large room from Node clients, one alone and a crowd at once. */
import type { BenchPlan } from "../config";
import type { LargeRoomResult } from "../metrics/large-room";
import { count, list, wholeMs, table } from "./format";
import { failures, succeeded, type Measured } from "./measured";

export function renderOpenSection(
  results: Measured<{ largeRoom: LargeRoomResult }>[],
  plan: BenchPlan,
): string[] {
  const measured = succeeded(results);
  const { shapes, singleRuns, crowd } = plan.largeRoom;
  const cell = (pick: (result: LargeRoomResult) => string) =>
    measured.map(({ value }) => pick(value.largeRoom));
  const noCold = "n/a (keeps every document in memory)";
  return [
    `## 4. Time to open a room of ${count(shapes)} shapes (Node y-websocket / Hocuspocus client)`,
    "",
    "From creating the provider to its first sync with every record present. **Cold**: no client connected",
    "and the room unloaded by the server, so the open includes loading it from disk (SQLite / PostgreSQL);",
    "the reference server keeps every document in memory and has no cold case. **Warm**: one other client",
    `keeps the room loaded. One client alone: median of ${singleRuns}; ${crowd} clients created at the same moment: p50 and max`,
    "of their times, all counted from that moment (the first load is shared, the sends queue behind each other).",
    "**All clients share the load generator's one core**: each decodes the whole room, so a crowd of N cannot",
    "finish before about N × one client's decode (last row), whichever server it talks to.",
    "",
    ...table(
      ["", ...measured.map(({ spec }) => spec.label)],
      [
        [
          "**cold, one client**",
          ...cell((r) => (r.cold ? `**${wholeMs(r.cold.singleMedian)}**` : noCold)),
        ],
        [
          `**cold, ${crowd} at once: p50 / max**`,
          ...cell((r) =>
            r.cold ? `**${wholeMs(r.cold.crowd.p50)} / ${wholeMs(r.cold.crowd.max)}**` : noCold,
          ),
        ],
        ["warm, one client", ...cell((r) => wholeMs(r.warm.singleMedian))],
        [
          `warm, ${crowd} at once: p50 / max`,
          ...cell((r) => `${wholeMs(r.warm.crowd.p50)} / ${wholeMs(r.warm.crowd.max)}`),
        ],
        [
          "single opens cold; warm (ms)",
          ...cell((r) => `${list(r.cold?.single ?? null, 0)}; ${list(r.warm.single, 0)}`),
        ],
      ],
    ),
    ...failures(results),
    "",
  ];
}
