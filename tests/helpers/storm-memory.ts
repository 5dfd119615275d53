/**
 * The server-memory half of the reconnect-storm tests: cycles in which a class of 200 clients
 * joins 8 new rooms at once, all reconnect at the same moment, then leave; after each cycle the
 * realtime child (realtime-child.ts) is read once every room is unloaded.
 */
import { expect } from "vitest";
import type { TestDatabase } from "./test-database";
import type { ChildMemoryReport } from "./child-memory-report";
import type { RealtimeChild } from "./realtime-child";
import {
  connectStormClients,
  destroyStormClients,
  expectedKeys,
  storedView,
  waitForConvergence,
  writeTag,
  type StormClient,
} from "./storm-clients";

export const STORM_CYCLES = 6;
const ROOMS = 8;

/**
 * Heap growth allowed from the end of cycle 2 to the end of cycle 6. Cycles 1 and 2 warm the
 * server up, and V8 keeps compiling (and dropping) code for a while, and Prisma keeps the
 * arguments of its last 100 debug calls (the latest stored snapshots among them); measured after
 * cycle 2 the heap moved by -0.4 to +0.8 MiB. A leak of one Y.Doc per client (an empty Y.Doc is
 * ~2.1 KB after GC, ~3.6 KB with three keys) grows it by at least 200 × 2.1 KB = 420 KB per
 * cycle, so 1.7 MB over the 4 cycles compared: above the limit. Documents, rooms and connections
 * are also counted exactly (ChildMemoryReport.instances), so this limit is for other leaks.
 */
export const HEAP_GROWTH_LIMIT_BYTES = 1.5 * 1024 * 1024;

/** Waits until the server has unloaded every room and dropped every connection. */
async function settled(server: RealtimeChild, timeoutMs: number): Promise<void> {
  const started = Date.now();
  for (;;) {
    const stats = await server.stats();
    if (stats.rooms === 0 && stats.connections === 0) return;
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting for rooms to unload");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Runs `cycles` cycles of `pupils` clients and returns the server's report after each.
 * `track` is told the clients of the running cycle, so the test can destroy them if it fails.
 */
export async function runStormCycles(
  server: RealtimeChild,
  database: TestDatabase,
  pupils: number,
  timeoutMs: number,
  track: (clients: StormClient[]) => void,
  cycles = STORM_CYCLES,
): Promise<ChildMemoryReport[]> {
  const reports: ChildMemoryReport[] = [];
  const tags = ["joined", "rejoined"];
  for (let cycle = 1; cycle <= cycles; cycle++) {
    // A new lesson each cycle: other rooms, the same class.
    const roomIds = await Promise.all(Array.from({ length: ROOMS }, () => database.createRoom()));
    const clients = await connectStormClients(server.port, roomIds, pupils / ROOMS);
    track(clients);
    writeTag(clients, "joined");
    await waitForConvergence(clients, ["joined"], timeoutMs);
    // The storm: every client drops and reconnects at the same moment.
    for (const client of clients) client.provider.disconnect();
    for (const client of clients) client.provider.connect();
    writeTag(clients, "rejoined");
    await waitForConvergence(clients, tags, timeoutMs);
    if (cycle === 1) {
      // The counts see what is there (else the zeros below would prove nothing).
      expect((await server.memoryReport()).instances).toMatchObject({
        Room: ROOMS,
        Connection: pupils,
        WebSocket: pupils,
      });
    }
    destroyStormClients(clients);
    track([]);
    await settled(server, timeoutMs);
    reports.push(await server.memoryReport());
    for (const roomId of roomIds) {
      expect((await storedView(database.store, roomId)).keys).toEqual(
        expectedKeys(clients, roomId, tags),
      );
    }
  }
  return reports;
}

/**
 * Logs the reports and checks that each cycle ended where the idle server started: no rooms,
 * connections, documents or sockets, no timers beyond the idle server's own.
 */
export function expectBackToBaseline(idle: ChildMemoryReport, reports: ChildMemoryReport[]): void {
  logReports(idle, reports);
  for (const report of reports) {
    expect(report).toMatchObject({ rooms: 0, connections: 0 });
    expect(report.instances).toEqual({ Doc: 0, Room: 0, Connection: 0, WebSocket: 0 });
    // The idle server's timers, plus at most the one that ends the address's connection count
    // and one per socket left (a pooled PostgreSQL connection's idle timeout, Redis's).
    const sockets = report.resources.TCPSocketWrap ?? 0;
    expect(report.timers).toBeLessThanOrEqual(idle.timers + 1 + sockets);
  }
}

/** The heap after GC at the end of the last of STORM_CYCLES cycles, against cycle 2's. */
export function expectHeapSettled(reports: ChildMemoryReport[]): void {
  expect(reports).toHaveLength(STORM_CYCLES);
  const warm = reports[1]!;
  const last = reports.at(-1)!;
  expect(last.heapUsed - warm.heapUsed).toBeLessThan(HEAP_GROWTH_LIMIT_BYTES);
}

function logReports(idle: ChildMemoryReport, reports: ChildMemoryReport[]): void {
  const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
  const line = (report: ChildMemoryReport) =>
    `heap ${kib(report.heapUsed)}, external ${kib(report.external)}, rss ${kib(report.rss)}, ` +
    `timers ${report.timers}, handles ${JSON.stringify(report.resources)}, ` +
    `instances ${JSON.stringify(report.instances)}`;
  console.log(
    [
      `[storm memory] idle: ${line(idle)}`,
      ...reports.map((report, index) => `  after cycle ${index + 1}: ${line(report)}`),
    ].join("\n"),
  );
}
