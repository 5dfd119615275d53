/** Section 3: server memory per idle room and per room holding the large document. */
import type { BenchPlan } from "../config";
import { added, type IdleRoomsResult } from "../metrics/idle-rooms";
import type { LargeRoomResult } from "../metrics/large-room";
import type { SettledMemory } from "../lib/memory";
import { count, kib, mib, table } from "./format";
import { failures, succeeded, type Measured } from "./measured";

type Field = "rss" | "heapUsed" | "external";
type BeforeAfter = { baseline: SettledMemory; loaded: SettledMemory };

export function renderMemorySection(
  idle: Measured<IdleRoomsResult>[] | null,
  large: Measured<{ largeRoom: LargeRoomResult }>[] | null,
  plan: BenchPlan,
): string[] {
  const lines = ["## 3. Server memory", ""];
  if (idle) lines.push(...renderIdle(idle, plan));
  if (large) lines.push(...renderLarge(large, plan));
  lines.push(
    "Each figure is the median of 5 settled readings after a forced GC (see Methodology). RSS is what",
    "the issue asks for; the V8 heap in use is shown beside it because RSS moves in steps of several MiB",
    "as V8 and the allocator give pages back, about as much as 100 idle rooms add.",
    "",
  );
  return lines;
}

function renderIdle(results: Measured<IdleRoomsResult>[], plan: BenchPlan): string[] {
  const measured = succeeded(results);
  const rooms = plan.idleRooms;
  const row = (label: string, cell: (result: IdleRoomsResult) => string) => [
    label,
    ...measured.map(({ value }) => cell(value)),
  ];
  return [
    `### Per idle room (${rooms} rooms, one client each, idle)`,
    "",
    `Each room was opened by one client that wrote 5 notes and then stays connected without writing, after 5`,
    "warm-up rooms were opened and closed.",
    "",
    ...table(
      ["", ...measured.map(({ spec }) => spec.label)],
      [
        row("**added RSS per room**", (value) => `**${kib(added(value, "rss") / value.rooms)}**`),
        row("added V8 heap in use per room", (value) =>
          kib(added(value, "heapUsed") / value.rooms),
        ),
        row(
          `added RSS / heap for ${rooms} rooms`,
          (value) => `${mib(added(value, "rss"))} / ${mib(added(value, "heapUsed"))}`,
        ),
        row("added external memory (C++ objects bound to JS)", (value) =>
          kib(added(value, "external")),
        ),
        row(
          "RSS before → with the rooms",
          (value) => `${mib(value.baseline.rss)} → ${mib(value.loaded.rss)}`,
        ),
        row("readings settled (RSS within 1 MiB)", (value) => settled(value)),
        row("rooms loaded in the server", (value) => String(value.loadedRooms)),
      ],
    ),
    ...failures(results),
    "",
  ];
}

function renderLarge(
  results: Measured<{ largeRoom: LargeRoomResult }>[],
  plan: BenchPlan,
): string[] {
  const measured = succeeded(results);
  const grow = (memory: BeforeAfter, field: Field) => memory.loaded[field] - memory.baseline[field];
  const row = (label: string, cell: (memory: BeforeAfter) => string) => [
    label,
    ...measured.map(({ value }) => cell(value.largeRoom.memory)),
  ];
  return [
    `### Per room holding ${count(plan.largeRoom.shapes)} shapes`,
    "",
    `One room filled with ${count(plan.largeRoom.shapes)} notes in transactions of 100 by one client that stays connected;`,
    "readings before the room existed (after a warm-up room was opened and closed) and with it loaded.",
    "",
    ...table(
      ["", ...measured.map(({ spec }) => spec.label)],
      [
        row("**added RSS**", (memory) => `**${mib(grow(memory, "rss"))}**`),
        row("added V8 heap in use", (memory) => mib(grow(memory, "heapUsed"))),
        row("added external memory", (memory) => mib(grow(memory, "external"))),
        row(
          "RSS before → with the room",
          (memory) => `${mib(memory.baseline.rss)} → ${mib(memory.loaded.rss)}`,
        ),
        row("readings settled", (memory) => settled(memory)),
      ],
    ),
    ...failures(results),
    "",
  ];
}

const settled = (memory: BeforeAfter) =>
  memory.baseline.settled && memory.loaded.settled ? "yes" : "no (median of the last 5)";
