/** Section 3 of the report: server memory for idle rooms, V8 heap in use as the headline. */
import { ratio } from "../stats";
import type { PairOf } from "../report";
import { added, type IdleRoomsResult } from "../metrics/idle-rooms";
import { kib, mib, times } from "./format";

export function renderMemorySection(idle: PairOf<IdleRoomsResult>): string[] {
  const { cocreate, peer } = idle;
  type Field = Parameters<typeof added>[1];
  const row = (
    label: string,
    field: Field,
    format: (bytes: number) => string,
    withRatio = false,
  ) => {
    const [c, p] = [added(cocreate, field), added(peer, field)];
    return `| ${label} | ${format(c)} | ${format(p)} | ${withRatio ? times(ratio(c, p)) : ""} |`;
  };
  const perRoom = (label: string, field: Field) =>
    `| ${label} | ${kib(added(cocreate, field) / cocreate.rooms)} | ${kib(added(peer, field) / peer.rooms)} | |`;
  const beforeAfter = (label: string, field: "heapUsed" | "rss") =>
    `| ${label} before → with the rooms | ${mib(cocreate.baseline[field])} → ${mib(cocreate.loaded[field])} | ` +
    `${mib(peer.baseline[field])} → ${mib(peer.loaded[field])} | |`;
  const settled = (result: IdleRoomsResult) =>
    result.baseline.settled && result.loaded.settled ? "yes" : "no (median of the last 5)";
  return [
    `## 3. Server memory for ${cocreate.rooms} idle rooms`,
    "",
    `${cocreate.rooms} rooms, each opened by one client that wrote 5 notes and then stays connected without writing,`,
    "after 5 warm-up rooms were opened and closed. Each figure is the median of 5 settled readings after a forced GC",
    "(see Methodology). **The headline is the V8 heap in use**: RSS is shown too, but on this machine it moves in",
    "steps of several MiB as V8 and the allocator give pages back, as much as all these idle rooms add.",
    "",
    "| | Cocreate | peer | ratio |",
    "|---|---|---|---|",
    row("**added V8 heap in use**", "heapUsed", mib, true),
    perRoom("**added V8 heap in use per room**", "heapUsed"),
    row("added external memory (C++ objects bound to JS)", "external", kib),
    row("added ArrayBuffers (part of external)", "arrayBuffers", kib),
    row("added RSS (allocator noise: see above)", "rss", mib),
    perRoom("added RSS per room", "rss"),
    beforeAfter("V8 heap in use", "heapUsed"),
    beforeAfter("RSS", "rss"),
    `| readings settled (RSS within 1 MiB over 5 readings) | ${settled(cocreate)} | ${settled(peer)} | |`,
    `| rooms loaded in the server | ${cocreate.loadedRooms} | ${peer.loadedRooms} | |`,
    "",
  ];
}
