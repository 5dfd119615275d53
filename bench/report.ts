/**
 * Renders the results as docs/BENCHMARKS.md: environment, the issue's targets, one table per
 * metric, methodology (the sections live in bench/report/).
 */
import type { BenchEnvironment } from "./lib/environment";
import type { BenchPlan } from "./config";
import type { FanOutResult } from "./metrics/fan-out";
import type { CapacityResult } from "./metrics/room-capacity";
import type { IdleRoomsResult } from "./metrics/idle-rooms";
import type { LargeRoomResult } from "./metrics/large-room";
import type { CompactionResult } from "./metrics/compaction";
import type { BrowserOpenStep } from "./browser/run-browser-open";
import type { LargeBrowserOpenStep } from "./browser/run-large-open";
import type { Measured } from "./report/measured";
import { renderTargetsSection } from "./report/targets-section";
import { renderFanOutSection } from "./report/fan-out-section";
import { renderCapacitySection } from "./report/capacity-section";
import { renderMemorySection } from "./report/memory-section";
import { renderOpenSection } from "./report/open-section";
import { renderCompactionSection } from "./report/compaction-section";
import { renderBrowserSection } from "./report/browser-section";
import { renderLargeOpenSection } from "./report/room-open-section";
import { renderMethodology } from "./report/methodology";

export type { Measured } from "./report/measured";

/** Everything a run measured; a metric left out of the run (`--only`) is null. */
export interface BenchResults {
  environment: BenchEnvironment;
  quick: boolean;
  plan: BenchPlan;
  startedAt: Date;
  durationSeconds: number;
  /** Why the two-instance Cocreate variant is not in this run (null: it is). */
  multiSkipped: string | null;
  fanOut: Measured<FanOutResult[]>[] | null;
  capacity: Measured<CapacityResult>[] | null;
  idleRooms: Measured<IdleRoomsResult>[] | null;
  largeRoom: Measured<{ largeRoom: LargeRoomResult; compaction: CompactionResult }>[] | null;
  /** The compaction step: after `largeRoom`, or alone (`--only=compaction`). */
  compaction: Measured<{ compaction: CompactionResult }>[] | null;
  browser: { notes: number; step: BrowserOpenStep } | null;
  browserLarge: LargeBrowserOpenStep | null;
}

export function renderReport(results: BenchResults): string {
  const { environment: env, plan } = results;
  const lines: string[] = [
    "# Benchmarks",
    "",
    "Cocreate's realtime server measured beside the servers people would pick instead, in the same run,",
    "on the same machine. Regenerate this file with:",
    "",
    "```sh",
    "npm run bench",
    "```",
    "",
    ...(results.quick
      ? [
          "> **QUICK RUN (`npm run bench -- --quick`): a short check that every step runs, with smaller rooms,",
          "> fewer samples and fewer capacity steps than the full run. Not the figures to compare or to quote:",
          "> run `npm run bench` on a quiet machine for those.**",
          "",
        ]
      : []),
    `Measured ${results.startedAt.toISOString()} in ${results.durationSeconds.toFixed(0)} s` +
      `${results.quick ? " (quick run)" : ""}.`,
    "",
    "## Machine and versions",
    "",
    "| | |",
    "|---|---|",
    `| CPU | ${env.cpuModel}, ${env.cores} cores (nproc) |`,
    `| memory | ${env.memoryGiB} GiB |`,
    `| OS | ${env.platform} |`,
    `| Node | ${env.node} |`,
    ...Object.entries(env.versions).map(([name, version]) => `| ${name} | ${version} |`),
    `| Cocreate commit | ${env.commit ?? "none (no commit yet)"} |`,
    `| pinning | ${env.pinned ? "servers on core 0, load generator on core 1 (taskset)" : "none (taskset unavailable or one core)"} |`,
    `| load average (1 min) at start / end | ${env.loadAverage.start.toFixed(2)} / ${env.loadAverage.end.toFixed(2)} |`,
    `| Cocreate, two instances on PostgreSQL + Redis | ${results.multiSkipped ? `not in this run: ${results.multiSkipped}` : "in this run"} |`,
    "",
    ...(Math.max(env.loadAverage.start, env.loadAverage.end) > 0.5
      ? [
          `> Other work ran on this machine during the measurement (load average above 0.5 on ${env.cores} cores).`,
          "> Tail latencies (p99), capacity and RSS are the figures it disturbs most; rerun on a quiet machine to compare releases.",
          "",
        ]
      : []),
    ...renderTargetsSection(results),
    ...(results.fanOut ? renderFanOutSection(results.fanOut, plan) : []),
    ...(results.capacity ? renderCapacitySection(results.capacity, plan) : []),
    ...(results.idleRooms || results.largeRoom
      ? renderMemorySection(results.idleRooms, results.largeRoom, plan)
      : []),
    ...(results.largeRoom ? renderOpenSection(results.largeRoom, plan) : []),
    ...(results.compaction ? renderCompactionSection(results.compaction, plan) : []),
    ...(results.browser ? renderBrowserSection(results.browser.step, results.browser.notes) : []),
    ...(results.browserLarge
      ? renderLargeOpenSection(
          results.browserLarge,
          `## 7. Time for a browser to open a room of ${results.plan.browserLarge.shapes.toLocaleString("en")} shapes (real app, Chromium)`,
        )
      : []),
    ...renderMethodology(),
  ];
  return `${lines.join("\n")}\n`;
}
