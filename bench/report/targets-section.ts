/** The issue's targets beside the figures of this run: met, or missed by how much. */
import type { BenchResults } from "../report";
import type { TargetSpec } from "../lib/targets";
import type { CapacityResult } from "../metrics/room-capacity";
import { capacityFigure } from "./capacity-section";
import { ms, wholeMs, table } from "./format";
import { isPeer, succeeded } from "./measured";
import { BROWSER_OPEN_TARGET_MS, openFigures } from "./room-open-section";

const TARGET_ROOM_SIZE = 50;
const LARGE_ROOM_SIZE = 250;
const LIMIT_MS = 100;
const STALL_LIMIT_MS = 50;

export function renderTargetsSection(results: BenchResults): string[] {
  const rows: string[][] = [];

  if (results.fanOut) {
    const measured = succeeded(results.fanOut);
    const p99At = (runs: (typeof measured)[number]["value"], clients: number) =>
      runs.find((run) => run.clients === clients)?.p99 ?? Number.NaN;
    const peers = measured.filter(({ spec }) => isPeer(spec));
    const bestPeer = Math.min(
      ...peers.map(({ value }) => p99At(value, TARGET_ROOM_SIZE)).filter(Number.isFinite),
    );
    for (const { spec, value } of ofCocreate(measured)) {
      const own = p99At(value, TARGET_ROOM_SIZE);
      rows.push([
        `fan-out p99 at ${TARGET_ROOM_SIZE} clients ≤ the better peer's (${spec.label})`,
        `${ms(own)} vs ${ms(bestPeer)}`,
        verdict(own, bestPeer, "ms"),
      ]);
      const large = p99At(value, LARGE_ROOM_SIZE);
      rows.push([
        `fan-out p99 at ${LARGE_ROOM_SIZE} clients < ${LIMIT_MS} ms (${spec.label})`,
        ms(large),
        verdict(large, LIMIT_MS, "ms"),
      ]);
    }
  }
  if (results.capacity) {
    const measured = succeeded(results.capacity);
    const cap = results.plan.capacity.steps.at(-1)!;
    const peers = measured.filter(({ spec }) => isPeer(spec));
    const best = peers.reduce((top, { value }) => Math.max(top, value.lastUnder), 0);
    const bestPeer = peers.find(({ value }) => value.lastUnder === best);
    for (const { spec, value } of ofCocreate(measured)) {
      rows.push([
        `room capacity ≥ the better peer's (${spec.label})`,
        `${capacityFigure(value, cap)} vs ${bestPeer ? capacityFigure(bestPeer.value, cap) : "n/a"}`,
        capacityVerdict(value, bestPeer?.value),
      ]);
    }
  }
  if (results.compaction) {
    for (const { spec, value } of ofCocreate(succeeded(results.compaction))) {
      const stall = value.compaction.maxStallDuringWriteMs;
      rows.push([
        `no event-loop stall over ${STALL_LIMIT_MS} ms from compaction (${spec.label})`,
        stall === null ? "no compaction in the window" : stall > 0 ? ms(stall) : "≤ 5 ms",
        stall === null ? "not measured" : verdict(stall, STALL_LIMIT_MS, "ms"),
      ]);
    }
  }
  const large = results.browserLarge;
  const open = large?.ran ? openFigures(large.result) : null;
  rows.push([
    `a ${(10_000).toLocaleString("en")}-shape room opens in a browser in < ${wholeMs(BROWSER_OPEN_TARGET_MS)}`,
    large?.ran && open
      ? `${large.result.shapes.toLocaleString("en")} shapes: median ${wholeMs(open.median)}, p95 ${wholeMs(open.p95)} (${large.result.runs.length} opens, section 7)`
      : `not measured here${large && !large.ran ? `: ${large.reason}` : ""}`,
    open ? verdict(open.median, BROWSER_OPEN_TARGET_MS, "ms") : "not measured",
  ]);
  return ["## Targets of the issue", "", ...table(["target", "this run", "verdict"], rows), ""];
}

/** Capacity against the better peer; undecided where that peer's search did not reach its limit. */
function capacityVerdict(own: CapacityResult, peer: CapacityResult | undefined): string {
  if (!peer) return "not measured";
  const best = peer.lastUnder;
  if (own.lastUnder > best) return "met";
  if (own.lastUnder < best)
    return `missed by ${best - own.lastUnder} rooms (${((1 - own.lastUnder / best) * 100).toFixed(0)} % fewer)`;
  if (peer.stoppedBy === "limit" && best > 0) return "met (equal)";
  const stop = peer.stoppedBy === "cap" ? "the cap" : "the load generator's limit";
  return `not decided: the better peer's search stopped at ${stop} at the same count`;
}

function ofCocreate<T>(list: { spec: TargetSpec; value: T }[]): { spec: TargetSpec; value: T }[] {
  return list.filter(({ spec }) => !isPeer(spec));
}

/** "met", or "missed by X ms (Y×)". Lower is better. */
function verdict(value: number, limit: number, unit: string): string {
  if (!Number.isFinite(value) || !Number.isFinite(limit)) return "not measured";
  if (value <= limit) return "met";
  return `missed by ${(value - limit).toFixed(1)} ${unit} (${(value / limit).toFixed(2)}×)`;
}
