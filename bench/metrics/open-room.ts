/**
 * Time to open a room of N shapes: from creating a fresh provider to its first 'sync' with all N
 * records present.
 *
 * - cold: the room is not in the server's memory (Cocreate: unloaded, so the open includes the
 *   token check and loading snapshot + updates from SQLite). The peer keeps no document outside
 *   memory, so it has no cold case; its documents stay in memory after the last client leaves.
 * - warm: another client keeps the room loaded, so both servers answer from memory.
 */
import { performance } from "node:perf_hooks";
import { median } from "../stats";
import type { ServerProcess } from "../lib/server-process";
import {
  closeClient,
  connectClient,
  noteRecord,
  openClient,
  sleep,
  whenSynced,
  type BenchClient,
} from "../lib/clients";
import type { BenchRoom } from "../servers/control";

export interface OpenRoomResult {
  shapes: number;
  /** Each open in ms; null when the server has no such case. */
  coldRuns: number[] | null;
  warmRuns: number[];
  coldMedian: number;
  warmMedian: number;
}

const BATCH = 100;
const UNLOAD_TIMEOUT_MS = 10_000;

export async function measureOpenRoom(
  server: ServerProcess,
  options: { shapes: number; runs: number; hasCold: boolean },
): Promise<OpenRoomResult> {
  const [room] = await server.createRooms(1);
  const filler = await connectClient(server.wsUrl, room!);
  for (let first = 0; first < options.shapes; first += BATCH) {
    // One transaction per batch, like a paste of 100 notes.
    filler.doc.transact(() => {
      for (let index = first; index < Math.min(first + BATCH, options.shapes); index++) {
        filler.records.set(`shape:bench${index}`, noteRecord(index));
      }
    });
  }
  // A second client seeing everything means the server accepted (for Cocreate: stored) it all.
  const check = await connectClient(server.wsUrl, room!);
  await waitForRecords(check, options.shapes);
  closeClient(check);
  closeClient(filler);

  let coldRuns: number[] | null = null;
  if (options.hasCold) {
    coldRuns = [];
    for (let run = 0; run < options.runs; run++) {
      await waitForRoomsLoaded(server, 0);
      coldRuns.push(await timeOpen(server, room!, options.shapes));
    }
  }
  const keeper = await connectClient(server.wsUrl, room!);
  const warmRuns: number[] = [];
  for (let run = 0; run < options.runs; run++)
    warmRuns.push(await timeOpen(server, room!, options.shapes));
  closeClient(keeper);
  return {
    shapes: options.shapes,
    coldRuns,
    warmRuns,
    coldMedian: coldRuns ? median(coldRuns) : Number.NaN,
    warmMedian: median(warmRuns),
  };
}

async function timeOpen(server: ServerProcess, room: BenchRoom, shapes: number): Promise<number> {
  const start = performance.now();
  const client = openClient(server.wsUrl, room);
  await whenSynced(client);
  await waitForRecords(client, shapes);
  const elapsed = performance.now() - start;
  closeClient(client);
  return elapsed;
}

async function waitForRecords(client: BenchClient, count: number): Promise<void> {
  if (client.records.map.size >= count) return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      client.records.off("change", check);
      reject(new Error(`only ${client.records.map.size} of ${count} records arrived`));
    }, 20_000);
    function check() {
      if (client.records.map.size < count) return;
      clearTimeout(timer);
      client.records.off("change", check);
      resolve();
    }
    client.records.on("change", check);
  });
}

async function waitForRoomsLoaded(server: ServerProcess, rooms: number): Promise<void> {
  const until = performance.now() + UNLOAD_TIMEOUT_MS;
  while ((await server.stats()).rooms !== rooms) {
    if (performance.now() > until) throw new Error(`${server.name}: rooms did not unload`);
    await sleep(25);
  }
}
