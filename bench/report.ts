/**
 * Renders the results as docs/BENCHMARKS.md: environment, one table per metric, methodology
 * (sections 3, 4 and the methodology live in bench/report/).
 */
import { ratio } from "./stats";
import type { BenchEnvironment } from "./lib/environment";
import type { FanOutResult } from "./metrics/fan-out";
import type { IdleRoomsResult } from "./metrics/idle-rooms";
import type { OpenRoomResult } from "./metrics/open-room";
import type { BrowserOpenStep } from "./browser/run-browser-open";
import { list, ms, times } from "./report/format";
import { renderMemorySection } from "./report/memory-section";
import { renderBrowserSection } from "./report/browser-section";
import { renderMethodology } from "./report/methodology";

export interface PairOf<T> {
  cocreate: T;
  peer: T;
}

export interface BenchResults {
  environment: BenchEnvironment;
  startedAt: Date;
  durationSeconds: number;
  fanOut: {
    options: { updates: number; ratePerSecond: number; warmupUpdates: number };
    runs: PairOf<FanOutResult>[];
  };
  openRoom: PairOf<OpenRoomResult> & { runs: number };
  idleRooms: PairOf<IdleRoomsResult>;
  browserOpen: { notes: number; step: BrowserOpenStep };
}

export function renderReport(results: BenchResults): string {
  const { environment: env, fanOut, openRoom, idleRooms } = results;
  const peerName = `@y/websocket-server ${env.versions["@y/websocket-server"]}`;
  const lines: string[] = [
    "# Benchmarks",
    "",
    "Cocreate's realtime server measured beside the reference y-websocket server in the same run,",
    "on the same machine. Regenerate this file with:",
    "",
    "```sh",
    "npm run bench",
    "```",
    "",
    `Measured ${results.startedAt.toISOString()} in ${results.durationSeconds.toFixed(0)} s.`,
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
    `| pinning | ${env.pinned ? "server on core 0, load generator on core 1 (taskset)" : "none (taskset unavailable or one core)"} |`,
    `| load average (1 min) at start / end | ${env.loadAverage.start.toFixed(2)} / ${env.loadAverage.end.toFixed(2)} |`,
    "",
    ...(Math.max(env.loadAverage.start, env.loadAverage.end) > 0.5
      ? [
          `> Other work ran on this machine during the measurement (load average above 0.5 on ${env.cores} cores).`,
          "> Tail latencies (p99) and RSS are the figures it disturbs most; rerun on a quiet machine to compare releases.",
          "",
        ]
      : []),
    "## 1. Fan-out latency (one writer, everyone else receives)",
    "",
    `${fanOut.options.updates} measured updates at ${fanOut.options.ratePerSecond}/s after ${fanOut.options.warmupUpdates} warm-up updates;`,
    "latency = receive time − send time over every receipt of every other client.",
    "",
    "| clients in the room | Cocreate p50 | Cocreate p99 | peer p50 | peer p99 | p50 ratio | p99 ratio | receipts (Cocreate / peer) |",
    "|---|---|---|---|---|---|---|---|",
    ...fanOut.runs.map(
      ({ cocreate, peer }) =>
        `| ${cocreate.clients} | ${ms(cocreate.p50)} | ${ms(cocreate.p99)} | ${ms(peer.p50)} | ${ms(peer.p99)} | ` +
        `${times(ratio(cocreate.p50, peer.p50))} | ${times(ratio(cocreate.p99, peer.p99))} | ` +
        `${cocreate.count}${missing(cocreate)} / ${peer.count}${missing(peer)} |`,
    ),
    "",
    `## 2. Time to open a room of ${openRoom.cocreate.shapes.toLocaleString("en")} shapes (Node client, connect → synced with every record)`,
    "",
    `Median of ${openRoom.runs} opens each.`,
    "",
    "| case | Cocreate | peer | ratio |",
    "|---|---|---|---|",
    `| cold: room not in memory (Cocreate loads it from SQLite; the peer has no such case and answers from memory) | ${ms(openRoom.cocreate.coldMedian)} | ${ms(openRoom.peer.warmMedian)} (from memory) | ${times(ratio(openRoom.cocreate.coldMedian, openRoom.peer.warmMedian))} |`,
    `| warm: another client keeps the room loaded | ${ms(openRoom.cocreate.warmMedian)} | ${ms(openRoom.peer.warmMedian)} | ${times(ratio(openRoom.cocreate.warmMedian, openRoom.peer.warmMedian))} |`,
    "",
    `Single opens (ms): Cocreate cold ${list(openRoom.cocreate.coldRuns)}; Cocreate warm ${list(openRoom.cocreate.warmRuns)}; peer ${list(openRoom.peer.warmRuns)}.`,
    "",
    ...renderMemorySection(idleRooms),
    ...renderBrowserSection(results.browserOpen.step, results.browserOpen.notes),
    ...renderMethodology(peerName),
  ];
  return `${lines.join("\n")}\n`;
}

function missing(result: FanOutResult): string {
  return result.missing > 0 ? ` (${result.missing} missing)` : "";
}
