/**
 * Room capacity: rooms of 5 active clients (each moves its own note twice a second and sends
 * an awareness update once a second, at random phases) are added step by step; after each step
 * and a settling pause, the fan-out latency of every edit to the 4 other clients of its room is
 * measured over a window. The search stops at the first step whose p99 passes the limit, or at
 * the largest step, or when the load generator itself falls behind (its own event loop late by
 * more than `generatorLimitMs` at p99): then the clients, not the server, would set the figure.
 */
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { summarizeLatencies, type LatencySummary } from "../stats";
import type { BenchTarget } from "../lib/targets";
import {
  closeClient,
  connectClient,
  mapLimited,
  noteRecord,
  sleep,
  type BenchClient,
} from "../lib/clients";

export interface CapacityOptions {
  /** Total rooms after each step, ascending. */
  steps: number[];
  clientsPerRoom: number;
  editsPerSecond: number;
  awarenessPerSecond: number;
  settleMs: number;
  windowMs: number;
  p99LimitMs: number;
  generatorLimitMs: number;
  progress: (message: string) => void;
}

export interface CapacityStep extends LatencySummary {
  rooms: number;
  clients: number;
  /** The server's longest event-loop delay in the window, ms. */
  serverMaxDelayMs: number;
  /** p99 of the load generator's own event-loop delay in the window, ms. */
  generatorP99DelayMs: number;
}

export interface CapacityResult {
  steps: CapacityStep[];
  /** Largest measured room count whose p99 stayed under the limit (0: none did). */
  lastUnder: number;
  /** Why the search stopped. */
  stoppedBy: "limit" | "cap" | "load-generator";
}

export async function measureRoomCapacity(
  server: BenchTarget,
  options: CapacityOptions,
): Promise<CapacityResult> {
  const clients: BenchClient[] = [];
  const timers: NodeJS.Timeout[] = [];
  /** Send times by writer (client number) and sequence number. */
  const sentAt: number[][] = [];
  let window: number[] | null = null;
  const generatorDelay = monitorEventLoopDelay({ resolution: 5 });
  generatorDelay.enable();
  const steps: CapacityStep[] = [];
  let stoppedBy: CapacityResult["stoppedBy"] = "cap";
  try {
    for (const [index, rooms] of options.steps.entries()) {
      const added = rooms - (options.steps[index - 1] ?? 0);
      options.progress(
        `step ${index + 1}/${options.steps.length}: ${rooms} rooms (${rooms * options.clientsPerRoom} clients)`,
      );
      for (const room of await server.createRooms(added)) {
        const members = await mapLimited(
          Array.from({ length: options.clientsPerRoom }, (_, member) => member),
          options.clientsPerRoom,
          (member) => connectClient(server, room, member),
        );
        for (const [member, client] of members.entries()) {
          const writer = clients.length;
          clients.push(client);
          sentAt.push([]);
          listen(client, writer, sentAt, () => window);
          startActivity(client, writer, `shape:member${member}`, options, timers, sentAt[writer]!);
        }
      }
      await sleep(options.settleMs);
      await server.loop(true);
      generatorDelay.reset();
      window = [];
      await sleep(options.windowMs);
      const latencies: number[] = window;
      window = null;
      const step: CapacityStep = {
        rooms,
        clients: clients.length,
        ...summarizeLatencies(latencies),
        serverMaxDelayMs: (await server.loop(false)).maxDelayMs,
        generatorP99DelayMs: generatorDelay.percentile(99) / 1e6,
      };
      steps.push(step);
      options.progress(
        `  p50 ${step.p50.toFixed(1)} ms, p99 ${step.p99.toFixed(1)} ms over ${step.count} receipts; ` +
          `server loop max ${step.serverMaxDelayMs.toFixed(0)} ms, load generator loop p99 ${step.generatorP99DelayMs.toFixed(0)} ms`,
      );
      if (step.generatorP99DelayMs > options.generatorLimitMs) {
        stoppedBy = "load-generator";
        break;
      }
      if (!(step.p99 <= options.p99LimitMs)) {
        stoppedBy = "limit";
        break;
      }
    }
  } finally {
    timers.forEach(clearInterval);
    generatorDelay.disable();
    clients.forEach(closeClient);
  }
  const under = steps.filter(
    (step) =>
      step.p99 <= options.p99LimitMs && step.generatorP99DelayMs <= options.generatorLimitMs,
  );
  return { steps, lastUnder: under.at(-1)?.rooms ?? 0, stoppedBy };
}

/**
 * Records the latency of every edit of another member while a window is open; edits merged into
 * one message by the server (see fan-out.ts) all count as arrived then.
 */
function listen(
  client: BenchClient,
  self: number,
  sentAt: number[][],
  window: () => number[] | null,
): void {
  const lastSeen = new Map<number, number>();
  client.records.on("change", (changes: Map<string, { newValue?: unknown }>) => {
    const now = performance.now();
    const into = window();
    for (const change of changes.values()) {
      const meta = (change.newValue as { meta?: { writer?: number; seq?: number } } | undefined)
        ?.meta;
      if (meta?.writer === undefined || meta.seq === undefined || meta.writer === self) continue;
      const from = (lastSeen.get(meta.writer) ?? meta.seq - 1) + 1;
      lastSeen.set(meta.writer, meta.seq);
      if (!into) continue;
      for (let seq = from; seq <= meta.seq; seq++) into.push(now - sentAt[meta.writer]![seq]!);
    }
  });
}

/** Edits and awareness updates at the configured rates, each at a random phase; timers go into `timers`. */
function startActivity(
  client: BenchClient,
  writer: number,
  recordId: string,
  options: CapacityOptions,
  timers: NodeJS.Timeout[],
  sentAt: number[],
): void {
  let seq = 0;
  const every = (perSecond: number, tick: () => void) => {
    const periodMs = 1_000 / perSecond;
    const phase = setTimeout(
      () => timers.push(setInterval(tick, periodMs)),
      Math.random() * periodMs,
    );
    timers.push(phase);
  };
  every(options.editsPerSecond, () => {
    seq += 1;
    sentAt[seq] = performance.now();
    client.records.set(recordId, { ...noteRecord(seq, { writer, seq }), id: recordId });
  });
  every(options.awarenessPerSecond, () => {
    client.awareness.setLocalStateField("cursor", {
      x: Math.random() * 1_000,
      y: Math.random() * 1_000,
    });
  });
}
