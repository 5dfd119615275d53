/**
 * Server memory for idle rooms: settled memory readings (bench/lib/memory.ts) before, and after
 * N rooms were each opened by one client that wrote a few notes and then stays connected
 * without writing.
 *
 * Warm-up rooms are opened and closed before the baseline, so code and caches created lazily on
 * the first connections (ws, Yjs sync, the store's prepared queries, Prisma's query compiler)
 * are in the baseline and not counted as per-room memory. The V8 heap in use is the headline:
 * it is what the rooms themselves hold, while RSS also moves by whole MiB when V8 and the
 * allocator give pages back, so a small added RSS can even read below zero.
 */
import type { BenchTarget } from "../lib/targets";
import { closeClient, connectClient, mapLimited, noteRecord } from "../lib/clients";
import { readSettledMemory, type SettleOptions, type SettledMemory } from "../lib/memory";
import type { BenchRoom } from "../servers/control";

export interface IdleRoomsResult {
  rooms: number;
  baseline: SettledMemory;
  loaded: SettledMemory;
  /** Rooms the server holds in memory at the reading (the peer also keeps the warm-up rooms). */
  loadedRooms: number;
}

const NOTES_PER_ROOM = 5;
const WARMUP_ROOMS = 5;

export async function measureIdleRooms(
  server: BenchTarget,
  options: { rooms: number; settle: SettleOptions },
): Promise<IdleRoomsResult> {
  const warmup = await mapLimited(await server.createRooms(WARMUP_ROOMS), 10, (room) =>
    openWritingClient(server, room),
  );
  warmup.forEach(closeClient);
  const rooms = await server.createRooms(options.rooms);
  const baseline = await readSettledMemory(server, options.settle);
  const clients = await mapLimited(rooms, 10, (room) => openWritingClient(server, room));
  const loaded = await readSettledMemory(server, options.settle);
  const { rooms: loadedRooms } = await server.stats();
  clients.forEach(closeClient);
  return { rooms: options.rooms, baseline, loaded, loadedRooms };
}

/** `loaded − baseline` for one field of the readings. */
export function added(result: IdleRoomsResult, field: keyof Omit<SettledMemory, "settled">) {
  return result.loaded[field] - result.baseline[field];
}

async function openWritingClient(server: BenchTarget, room: BenchRoom) {
  const client = await connectClient(server, room);
  client.doc.transact(() => {
    for (let index = 0; index < NOTES_PER_ROOM; index++)
      client.records.set(`shape:bench${index}`, noteRecord(index));
  });
  return client;
}
