/**
 * The reconnect-storm memory cycles (tests/helpers/storm-memory.ts) on an instance that shares
 * rooms through Redis with a second one: what it keeps per room for the bus (channel handlers,
 * live counts) must be given back too once everyone left. Three cycles, checked by exact counts
 * (documents, rooms, connections, sockets, timers); the heap's trend is measured in
 * tests/integration/realtime/reconnect-storm.test.ts, which needs six.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Cluster } from "@/tests/helpers/multi-instance";
import { destroyStormClients, type StormClient } from "@/tests/helpers/storm-clients";
import { expectBackToBaseline, runStormCycles } from "@/tests/helpers/storm-memory";

const CYCLES = 3;

describe("reconnect storms on an instance with the Redis bus", () => {
  let cluster: Cluster;
  let clients: StormClient[] = [];
  beforeAll(async () => {
    // One address opens 400 connections per cycle here (see reconnect-storm.test.ts).
    cluster = await Cluster.start(2, { REALTIME_CONNECTIONS_PER_MINUTE: "100000" });
  });
  afterAll(async () => {
    destroyStormClients(clients);
    await cluster?.close();
  });

  it(`returns to its baseline after ${CYCLES} storms of 200 clients`, async () => {
    const [server, peer] = cluster.instances;
    const idle = await server!.memoryReport();
    const track = (current: StormClient[]) => (clients = current);
    const reports = await runStormCycles(server!, cluster.database, 200, 90_000, track, CYCLES);
    expectBackToBaseline(idle, reports);
    expect(await peer!.memoryReport()).toMatchObject({ rooms: 0, connections: 0 });
  }, 240_000);
});
