/** Renders the results as docs/BENCHMARKS.md: environment, one table per metric, methodology. */
import { ratio } from "./stats";
import type { BenchEnvironment } from "./lib/environment";
import type { FanOutResult } from "./metrics/fan-out";
import type { IdleRoomsResult } from "./metrics/idle-rooms";
import type { OpenRoomResult } from "./metrics/open-room";

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
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)} ms` : "n/a");
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : "n/a");

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
    `## 3. Server memory for ${idleRooms.cocreate.rooms} idle rooms`,
    "",
    `${idleRooms.cocreate.rooms} rooms, each opened by one client that wrote 5 notes and then stays connected without writing; RSS read 2 s later after a forced GC.`,
    "",
    "| | Cocreate | peer | ratio |",
    "|---|---|---|---|",
    `| RSS before | ${mib(idleRooms.cocreate.baselineRss)} | ${mib(idleRooms.peer.baselineRss)} | |`,
    `| RSS with the rooms open | ${mib(idleRooms.cocreate.loadedRss)} | ${mib(idleRooms.peer.loadedRss)} | |`,
    `| added RSS | ${mib(idleRooms.cocreate.addedRss)} | ${mib(idleRooms.peer.addedRss)} | ${times(ratio(idleRooms.cocreate.addedRss, idleRooms.peer.addedRss))} |`,
    `| added V8 heap in use | ${mib(idleRooms.cocreate.addedHeap)} | ${mib(idleRooms.peer.addedHeap)} | ${times(ratio(idleRooms.cocreate.addedHeap, idleRooms.peer.addedHeap))} |`,
    `| added RSS per room | ${kib(idleRooms.cocreate.addedRss / idleRooms.cocreate.rooms)} | ${kib(idleRooms.peer.addedRss / idleRooms.peer.rooms)} | |`,
    `| rooms loaded in the server | ${idleRooms.cocreate.loadedRooms} | ${idleRooms.peer.loadedRooms} | |`,
    "",
    ...METHODOLOGY(peerName),
  ];
  return `${lines.join("\n")}\n`;
}

function missing(result: FanOutResult): string {
  return result.missing > 0 ? ` (${result.missing} missing)` : "";
}

function list(runs: number[] | null): string {
  return runs ? runs.map((run) => run.toFixed(1)).join(", ") : "n/a";
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

const METHODOLOGY = (peerName: string): string[] => [
  "## Methodology",
  "",
  "- **What is compared.** Cocreate: `createRealtimeServer` (server/realtime) behind a plain Node http server,",
  "  on SQLite through Prisma in a fresh temporary `DATA_DIR`, room tokens checked at upgrade, production",
  "  defaults except `unloadDelayMs: 100` (so a cold open can be measured without waiting 2 s).",
  `  Peer: ${peerName} run as its own \`y-websocket\` bin runs it (\`setupWSConnection\` on a \`ws\` server in`,
  "  noServer mode, with the `ws` version it depends on), **in memory, without persistence** (`YPERSISTENCE` unset).",
  "- **Not the same work.** Cocreate commits every update to the database before it fans it out (so what a",
  "  client has seen survives a crash), checks every update against facilitator-only keys, and unloads idle",
  "  rooms. The peer only applies the update to an in-memory document and forwards it; its documents are",
  "  lost when the process stops and stay in memory after every client left. Ratios above 1 are the price of",
  "  that durability, not like-for-like overhead.",
  "- **Processes.** Each server runs in its own child process (`node --expose-gc --import tsx`), started fresh",
  "  for each metric, so its RSS and CPU are its own. With `taskset` available, the server is pinned to core 0",
  "  and the load generator (this process, all clients) to core 1.",
  "- **Clients.** Real y-websocket `WebsocketProvider`s with `ws` as WebSocket and `disableBc: true` (otherwise",
  "  providers in one process sync over BroadcastChannel without the server). Records are tldraw 5 note",
  "  shapes in the `tldraw` Y.Array through y-utility's `YKeyValue`, the document layout Cocreate uses.",
  "- **Idle wake-ups.** At 20 updates/s every message wakes an idle core. On this machine (a VM) a bare",
  "  `ws` echo between the two pinned cores takes ~0.08 ms back to back but ~0.6 ms at 20/s, so both",
  "  servers' fan-out figures include a wake-up cost that a busy server would not pay.",
  "- **Fan-out.** Every client connects to one room and syncs; one writer overwrites one note record whose",
  "  `meta` carries a sequence number and `performance.now()` at send time, paced against the start time.",
  "  Each other client records `performance.now()` when its YKeyValue reports the change (same process, same",
  "  clock). Percentiles are nearest-rank (bench/stats.ts): every figure is a measured sample.",
  "- **Open a room.** One client writes the shapes in transactions of 100 and a second client confirms it",
  "  received them all. Cold (Cocreate only): wait until the server reports 0 loaded rooms, then time a new",
  "  provider from construction to its first `sync` with every record present. Warm (both): the same with",
  "  one other client connected. The peer never unloads a document without persistence, so it has only",
  "  the warm case; the cold row compares Cocreate's load from disk with the peer's answer from memory.",
  "- **Memory.** RSS of the server process after two `global.gc()` calls, read through a small HTTP",
  '  endpoint of the bench server; "before" is taken after the rooms were created in the database.',
  "- **Not measured here.** Opening the room page in a real browser (tldraw rendering 2,000 shapes) was left",
  "  out; the open figure is the network + server part only. PostgreSQL instead of SQLite was not measured.",
];
