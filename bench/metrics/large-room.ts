/**
 * A room holding N shapes (10,000 in the full run), on one fresh server:
 * 1. memory: settled readings (bench/lib/memory.ts) before the room exists and while it holds
 *    the shapes with its filler connected, after a warm-up room was opened and closed;
 * 2. time to open it from a Node client: from creating the provider to its first sync with all
 *    N records present, for one client alone and for a crowd of clients joining at once.
 *    Cold: no client is connected and the server has unloaded the room (servers that persist:
 *    the open includes loading it from disk). Warm: one other client keeps it loaded.
 * The room stays filled for the compaction step (bench/metrics/compaction.ts).
 */
import { performance } from "node:perf_hooks";
import * as Y from "yjs";
import { YKeyValue } from "y-utility/y-keyvalue";
import { getRecordsArray } from "@/lib/shared/realtime/doc-layout";
import { median, percentile } from "../stats";
import type { BenchTarget } from "../lib/targets";
import {
  closeClient,
  connectClient,
  noteRecord,
  openClient,
  sleep,
  waitForRecords,
  whenSynced,
  type BenchClient,
} from "../lib/clients";
import { readSettledMemory, type SettleOptions, type SettledMemory } from "../lib/memory";
import type { BenchRoom } from "../servers/control";

export interface CrowdOpen {
  clients: number;
  /** Each client's open, in ms. */
  opens: number[];
  p50: number;
  max: number;
}

export interface LargeRoomResult {
  shapes: number;
  /**
   * What one client alone spends in the load generator to take in the whole room (apply the
   * full state to a new Y.Doc and index its records), ms: clients opening at once share one
   * core, so a crowd of N cannot finish before about N times this, whatever the server does.
   */
  clientDecodeMs: number;
  memory: { baseline: SettledMemory; loaded: SettledMemory };
  /** Null where the server has no cold case (it keeps every document in memory). */
  cold: { single: number[]; singleMedian: number; crowd: CrowdOpen } | null;
  warm: { single: number[]; singleMedian: number; crowd: CrowdOpen };
}

export interface LargeRoomOptions {
  shapes: number;
  singleRuns: number;
  crowd: number;
  settle: SettleOptions;
  progress: (message: string) => void;
}

const BATCH = 100;
const UNLOAD_TIMEOUT_MS = 30_000;

/** Runs the steps above; returns the figures and the filled room for the next step. */
export async function measureLargeRoom(
  server: BenchTarget,
  options: LargeRoomOptions,
): Promise<{ result: LargeRoomResult; room: BenchRoom }> {
  const [warmupRoom, room] = await server.createRooms(2);
  // Warm-up: what the first rooms initialise lazily belongs in the baseline (see idle-rooms.ts).
  const warmup = await connectClient(server, warmupRoom!);
  fill(warmup, 5);
  const warmupCheck = await connectClient(server, warmupRoom!, 1);
  await waitForRecords(warmupCheck, 5);
  [warmup, warmupCheck].forEach(closeClient);
  const baseline = await readSettledMemory(server, options.settle);

  options.progress(`filling a room with ${options.shapes} shapes`);
  const filler = await fillRoom(server, room!, options.shapes);
  const clientDecodeMs = timeClientDecode(filler);
  const loaded = await readSettledMemory(server, options.settle);
  closeClient(filler);

  let cold: LargeRoomResult["cold"] = null;
  if (server.spec.persists) {
    options.progress(`cold opens: ${options.singleRuns} single, then ${options.crowd} at once`);
    const single: number[] = [];
    for (let run = 0; run < options.singleRuns; run++) {
      await waitForUnload(server);
      single.push((await timeOpens(server, room!, options.shapes, 1))[0]!);
    }
    await waitForUnload(server);
    const crowd = summarizeCrowd(await timeOpens(server, room!, options.shapes, options.crowd));
    cold = { single, singleMedian: median(single), crowd };
  }

  options.progress(`warm opens: ${options.singleRuns} single, then ${options.crowd} at once`);
  const keeper = await connectClient(server, room!);
  const single: number[] = [];
  for (let run = 0; run < options.singleRuns; run++)
    single.push((await timeOpens(server, room!, options.shapes, 1))[0]!);
  const crowd = summarizeCrowd(await timeOpens(server, room!, options.shapes, options.crowd));
  closeClient(keeper);

  return {
    room: room!,
    result: {
      shapes: options.shapes,
      clientDecodeMs,
      memory: { baseline, loaded },
      cold,
      warm: { single, singleMedian: median(single), crowd },
    },
  };
}

/**
 * Fills `room` with `shapes` notes and waits until a second client has them all; returns the
 * filler, still connected. Also the compaction step's setup when it runs alone.
 */
export async function fillRoom(
  server: BenchTarget,
  room: BenchRoom,
  shapes: number,
): Promise<BenchClient> {
  const filler = await connectClient(server, room);
  fill(filler, shapes);
  // A second client seeing everything means the server accepted (Cocreate: stored) it all.
  const check = await connectClient(server, room, 1);
  await waitForRecords(check, shapes, 120_000);
  closeClient(check);
  return filler;
}

/** Writes `shapes` notes in transactions of 100, like pastes of 100 notes. */
function fill(client: BenchClient, shapes: number): void {
  for (let first = 0; first < shapes; first += BATCH) {
    client.doc.transact(() => {
      for (let index = first; index < Math.min(first + BATCH, shapes); index++)
        client.records.set(`shape:bench${index}`, noteRecord(index));
    });
  }
}

/** `count` clients open the room at the same moment; each one's time to a full sync, in ms. */
async function timeOpens(
  server: BenchTarget,
  room: BenchRoom,
  shapes: number,
  count: number,
): Promise<number[]> {
  const start = performance.now();
  const clients = Array.from({ length: count }, (_, index) => openClient(server, room, index));
  try {
    return await Promise.all(
      clients.map(async (client) => {
        await whenSynced(client);
        await waitForRecords(client, shapes, 60_000);
        return performance.now() - start;
      }),
    );
  } finally {
    clients.forEach(closeClient);
  }
}

function timeClientDecode(source: BenchClient): number {
  const state = Y.encodeStateAsUpdate(source.doc);
  const started = performance.now();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  new YKeyValue(getRecordsArray(doc));
  const elapsed = performance.now() - started;
  doc.destroy();
  return elapsed;
}

function summarizeCrowd(opens: number[]): CrowdOpen {
  return { clients: opens.length, opens, p50: percentile(opens, 50), max: Math.max(...opens) };
}

async function waitForUnload(server: BenchTarget): Promise<void> {
  const until = performance.now() + UNLOAD_TIMEOUT_MS;
  while ((await server.stats()).rooms !== 0) {
    if (performance.now() > until) throw new Error(`${server.name}: rooms did not unload`);
    await sleep(25);
  }
}
