/** Section 1: fan-out latency with 1 … 250 clients in one room. */
import type { BenchPlan } from "../config";
import { FAN_OUT_SIZES_OF_ISSUE } from "../config";
import type { FanOutResult } from "../metrics/fan-out";
import { ms, table } from "./format";
import { failures, succeeded, type Measured } from "./measured";

export function renderFanOutSection(
  results: Measured<FanOutResult[]>[],
  plan: BenchPlan,
): string[] {
  const measured = succeeded(results);
  const sizes = [...new Set([...FAN_OUT_SIZES_OF_ISSUE, ...plan.fanOut.clients])].sort(
    (a, b) => a - b,
  );
  const rows = sizes.map((clients) => [
    String(clients),
    ...measured.map(({ value }) => {
      if (clients === 1) return "n/a";
      const run = value.find((result) => result.clients === clients);
      if (!run) return "not run";
      const missing = run.missing > 0 ? ` (${run.missing} missing)` : "";
      return `${ms(run.p50)} / ${ms(run.p99)}${missing} (${run.generatorP99DelayMs.toFixed(0)})`;
    }),
  ]);
  return [
    "## 1. Fan-out latency (one writer, everyone else receives)",
    "",
    `${plan.fanOut.updates} measured updates at ${plan.fanOut.ratePerSecond}/s after ${plan.fanOut.warmupUpdates} warm-up updates;`,
    "latency = receive time − send time over every receipt of every other client, p50 / p99; in brackets",
    "the p99 of the load generator's own event-loop delay, in ms: all receivers share one process on one",
    "core, so where it is large the clients' own work (decoding the same update once per receiver) is part",
    "of the figure, for every server alike.",
    "**1 client: n/a** — with nobody else in the room there is no fan-out (none of these servers echoes an",
    "update to its sender); the smallest measured room is 2 clients, the plain writer → server → reader trip.",
    "",
    ...table(
      ["clients in the room", ...measured.map(({ spec }) => `${spec.label} p50 / p99`)],
      rows,
    ),
    ...failures(results),
    "",
  ];
}
