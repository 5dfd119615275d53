/** Section 2: how many rooms of 5 active clients run before the fan-out p99 passes 100 ms. */
import type { BenchPlan } from "../config";
import type { CapacityResult } from "../metrics/room-capacity";
import { ms, table } from "./format";
import { failures, succeeded, type Measured } from "./measured";

export function renderCapacitySection(
  results: Measured<CapacityResult>[],
  plan: BenchPlan,
): string[] {
  const measured = succeeded(results);
  const { capacity } = plan;
  const stepsRun = [
    ...new Set(measured.flatMap(({ value }) => value.steps.map((step) => step.rooms))),
  ].sort((a, b) => a - b);
  const cap = capacity.steps.at(-1)!;
  return [
    `## 2. Room capacity (rooms of ${capacity.clientsPerRoom} active clients before the fan-out p99 passes ${capacity.p99LimitMs} ms)`,
    "",
    `Each client moves its own note ${capacity.editsPerSecond}×/s and sends an awareness update ${capacity.awarenessPerSecond}×/s, at random`,
    `phases. Rooms are added in steps (${capacity.steps.join(", ")}); after each step and ${capacity.settleMs / 1000} s of settling, the latency of every`,
    `edit to the other members of its room is measured for ${capacity.windowMs / 1000} s. **The search is capped at ${cap} rooms`,
    `(${cap * capacity.clientsPerRoom} clients)**: all clients live in one load-generator process on the other core of this`,
    "2-core machine, and it stops earlier when that process's own event loop is late by more than",
    `${capacity.generatorLimitMs} ms at p99 (then the clients, not the server, would set the figure).`,
    "",
    ...table(
      ["", ...measured.map(({ spec }) => spec.label)],
      [
        [
          `**rooms that stayed under ${capacity.p99LimitMs} ms**`,
          ...measured.map(({ value }) => `**${capacityFigure(value, cap)}**`),
        ],
        ...stepsRun.map((rooms) => [
          `${rooms} rooms: p50 / p99 (server loop max)`,
          ...measured.map(({ value }) => {
            const step = value.steps.find((candidate) => candidate.rooms === rooms);
            return step
              ? `${ms(step.p50)} / ${ms(step.p99)} (${step.serverMaxDelayMs.toFixed(0)} ms)`
              : "—";
          }),
        ]),
      ],
    ),
    ...failures(results),
    "",
  ];
}

/** "75 (100 passed the limit)", "≥ 150 (cap)", "≥ 100 (load generator saturated)". */
export function capacityFigure(result: CapacityResult, cap: number): string {
  if (result.stoppedBy === "limit") {
    const over = result.steps.at(-1)!.rooms;
    return `${result.lastUnder} (${over} passed)`;
  }
  if (result.stoppedBy === "load-generator")
    return `≥ ${result.lastUnder} (load generator saturated)`;
  return `≥ ${Math.min(result.lastUnder, cap)} (cap)`;
}
