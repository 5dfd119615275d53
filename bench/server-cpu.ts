/**
 * Server CPU time per edit: the figure that other work on the machine disturbs least (latency
 * tails suffer first). Every target carries the same load, the capacity metric's: ROOMS rooms
 * of 5 clients, each moving its own note twice a second and its cursor once a second, for
 * SECONDS after 2 s of settling; the server's CPU time (user + system, all its threads and
 * instances, from GET /bench/cpu) over that window is divided by the edits sent. Not part of
 * `npm run bench`:
 *
 *   npx tsx bench/server-cpu.ts [--rooms=20] [--seconds=10] [--targets=y-websocket,cocreate]
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { canPin, pinSelf } from "./lib/server-process";
import { startTarget, TARGETS, type BenchTarget, type TargetKey } from "./lib/targets";
import { closeClient, connectClient, mapLimited, noteRecord, sleep } from "./lib/clients";

const { values: args } = parseArgs({
  options: {
    rooms: { type: "string", default: "20" },
    seconds: { type: "string", default: "10" },
    targets: { type: "string", default: "y-websocket,hocuspocus,cocreate,cocreate-multi" },
  },
});
const rooms = Number(args.rooms);
const seconds = Number(args.seconds);
const CLIENTS_PER_ROOM = 5;

async function cpuMs(target: BenchTarget): Promise<number> {
  const readings = await Promise.all(
    target.instances.map(async (instance) => {
      const response = await fetch(`${instance.baseUrl}/bench/cpu`);
      const { userMs, systemMs } = (await response.json()) as { userMs: number; systemMs: number };
      return userMs + systemMs;
    }),
  );
  return readings.reduce((sum, value) => sum + value, 0);
}

async function measure(target: BenchTarget): Promise<{ edits: number; cpuMsPerEdit: number }> {
  const timers: NodeJS.Timeout[] = [];
  const every = (perSecond: number, tick: () => void) => {
    const periodMs = 1_000 / perSecond;
    timers.push(setTimeout(() => timers.push(setInterval(tick, periodMs)), Math.random() * periodMs));
  };
  let edits = 0;
  let counting = false;
  const clients = [];
  for (const room of await target.createRooms(rooms)) {
    const members = await mapLimited([0, 1, 2, 3, 4].slice(0, CLIENTS_PER_ROOM), 5, (member) =>
      connectClient(target, room, member),
    );
    for (const [member, client] of members.entries()) {
      clients.push(client);
      let seq = 0;
      const recordId = `shape:member${member}`;
      every(2, () => {
        seq += 1;
        if (counting) edits++;
        client.records.set(recordId, { ...noteRecord(seq, { seq }), id: recordId });
      });
      every(1, () => client.awareness.setLocalStateField("cursor", { x: seq, y: member }));
    }
  }
  try {
    await sleep(2_000);
    const before = await cpuMs(target);
    counting = true;
    await sleep(seconds * 1_000);
    counting = false;
    const used = (await cpuMs(target)) - before;
    return { edits, cpuMsPerEdit: used / edits };
  } finally {
    timers.forEach(clearInterval);
    clients.forEach(closeClient);
  }
}

const core = canPin(os.availableParallelism()) && pinSelf(1) ? 0 : null;
for (const key of args.targets!.split(",") as TargetKey[]) {
  const target = await startTarget(TARGETS[key], core);
  try {
    const { edits, cpuMsPerEdit } = await measure(target);
    console.log(
      `${key.padEnd(15)} ${rooms} rooms × ${CLIENTS_PER_ROOM} clients, ${seconds} s: ${edits} edits, server CPU ${cpuMsPerEdit.toFixed(3)} ms per edit (awareness included)`,
    );
  } finally {
    await target.stop();
  }
}
process.exit(0);
