/**
 * Server memory for idle rooms: the server's RSS (after a forced GC) before, and after N rooms
 * were each opened by one client that wrote a few notes and then stays connected without writing.
 *
 * A few warm-up rooms are opened and closed before the baseline, so code compiled lazily on the
 * first connection (ws, Yjs sync, the store's queries) is in the baseline and not counted as
 * per-room memory. Each reading is the median of three, a little apart, because RSS moves as
 * V8 and the allocator return pages.
 */
import type { ServerProcess } from "../lib/server-process";
import { closeClient, connectClient, mapLimited, noteRecord, sleep } from "../lib/clients";
import { median } from "../stats";
import type { BenchRoom } from "../servers/control";

export interface IdleRoomsResult {
  rooms: number;
  baselineRss: number;
  loadedRss: number;
  addedRss: number;
  addedHeap: number;
  /** Rooms the server holds in memory at the reading (the peer also keeps the warm-up rooms). */
  loadedRooms: number;
}

const NOTES_PER_ROOM = 5;
const WARMUP_ROOMS = 5;
const SETTLE_MS = 2_000;

export async function measureIdleRooms(
  server: ServerProcess,
  options: { rooms: number },
): Promise<IdleRoomsResult> {
  const warmup = await mapLimited(await server.createRooms(WARMUP_ROOMS), 10, (room) =>
    openWritingClient(server, room),
  );
  warmup.forEach(closeClient);
  const rooms = await server.createRooms(options.rooms);
  await sleep(SETTLE_MS);
  const baseline = await readMemory(server);
  const clients = await mapLimited(rooms, 10, (room) => openWritingClient(server, room));
  await sleep(SETTLE_MS);
  const loaded = await readMemory(server);
  const { rooms: loadedRooms } = await server.stats();
  clients.forEach(closeClient);
  return {
    rooms: options.rooms,
    baselineRss: baseline.rss,
    loadedRss: loaded.rss,
    addedRss: loaded.rss - baseline.rss,
    addedHeap: loaded.heapUsed - baseline.heapUsed,
    loadedRooms,
  };
}

async function openWritingClient(server: ServerProcess, room: BenchRoom) {
  const client = await connectClient(server.wsUrl, room);
  client.doc.transact(() => {
    for (let index = 0; index < NOTES_PER_ROOM; index++)
      client.records.set(`shape:bench${index}`, noteRecord(index));
  });
  return client;
}

async function readMemory(server: ServerProcess): Promise<{ rss: number; heapUsed: number }> {
  const readings = [];
  for (let reading = 0; reading < 3; reading++) {
    if (reading > 0) await sleep(250);
    readings.push(await server.memory());
  }
  return {
    rss: median(readings.map((r) => r.rss)),
    heapUsed: median(readings.map((r) => r.heapUsed)),
  };
}
