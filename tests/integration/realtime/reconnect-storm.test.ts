/**
 * Reconnect storm (issue 8): 200 pupils' boards reconnect at once after the server restarts.
 * Every client of a room ends with the same document, the store holds all of it (what was
 * written before the restart, while the server was away and after it), and the server's memory
 * returns to its baseline once everyone left. The server is a child process
 * (realtime-child.ts), so it can be restarted and its own memory measured.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startRealtimeChild, type RealtimeChild } from "@/tests/helpers/realtime-child";
import { waitUntil } from "@/tests/helpers/realtime-harness";
import {
  expectBackToBaseline,
  expectHeapSettled,
  runStormCycles,
} from "@/tests/helpers/storm-memory";
import {
  connectStormClients,
  destroyStormClients,
  expectedKeys,
  storedView,
  viewOf,
  waitForConvergence,
  writeTag,
  type StormClient,
} from "@/tests/helpers/storm-clients";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

const PUPILS = 200;
/** Generous: 200 clients and the server share two loaded cores. */
const CONVERGE_TIMEOUT_MS = 90_000;
/** Per test: a storm with its restart, or all the memory cycles. */
const TEST_TIMEOUT_MS = 240_000;

describe("reconnect storm", () => {
  let database: TestDatabase;
  let child: RealtimeChild | null = null;
  let clients: StormClient[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    destroyStormClients(clients);
    clients = [];
    await child?.kill();
    child = null;
  });
  afterAll(async () => {
    await database.drop();
  });

  /**
   * Connects, writes, restarts the server (`restart` ends it; a new one starts on the same
   * port), writes while it is away, waits for every client to be back and write again, and
   * checks each room's clients against each other and the store.
   */
  async function storm(
    env: Record<string, string>,
    roomIds: string[],
    restart: (child: RealtimeChild) => Promise<void>,
    label: string,
  ): Promise<void> {
    child = await startRealtimeChild({ DATABASE_URL: database.url, ...env });
    const port = child.port;
    clients = await connectStormClients(port, roomIds, PUPILS / roomIds.length);
    writeTag(clients, "before");
    await waitForConvergence(clients, ["before"], CONVERGE_TIMEOUT_MS);

    await restart(child);
    await waitUntil(
      () => clients.every((client) => !client.provider.wsconnected),
      CONVERGE_TIMEOUT_MS,
      "every client noticed the restart",
    );
    writeTag(clients, "offline");
    for (const client of clients) client.closeCodes.length = 0;
    child = await startRealtimeChild({ DATABASE_URL: database.url, ...env }, port);
    const restartedAt = Date.now();
    // y-websocket reconnects by itself; the offline edits travel in each client's sync step 2.
    writeTag(clients, "after");
    const tags = ["before", "offline", "after"];
    await waitForConvergence(clients, tags, CONVERGE_TIMEOUT_MS);
    console.log(
      `[reconnect storm, ${label}] ${clients.length} clients in ${roomIds.length} room(s) ` +
        `converged ${Date.now() - restartedAt} ms after the server was back`,
    );

    // Nobody was turned away by a limit (room full, too many connections or messages).
    const refused = clients.flatMap((client) => client.closeCodes).filter((code) => code >= 4000);
    expect(refused).toEqual([]);
    for (const roomId of roomIds) {
      const inRoom = clients.filter((client) => client.roomId === roomId);
      const stored = await storedView(database.store, roomId);
      expect(stored.keys).toEqual(expectedKeys(clients, roomId, tags));
      for (const client of inRoom) expect(viewOf(client.doc)).toEqual(stored);
    }
    const stats = await child.memoryReport();
    expect({ rooms: stats.rooms, connections: stats.connections }).toEqual({
      rooms: roomIds.length,
      connections: PUPILS,
    });
  }

  it(
    "200 pupils in 8 rooms of 25 converge after a graceful restart, with the default limits",
    async () => {
      const roomIds = await Promise.all(Array.from({ length: 8 }, () => database.createRoom()));
      await storm({}, roomIds, (server) => server.stop(), "8 rooms, SIGTERM");
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "200 pupils in one room converge after kill -9, with the room limit raised to 200",
    async () => {
      const roomId = await database.createRoom();
      await storm(
        { ROOM_MAX_CONNECTIONS: String(PUPILS) },
        [roomId],
        (server) => server.kill(),
        "1 room, SIGKILL",
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "frees every room, connection, timer and document once the clients left",
    async () => {
      // One address opens 400 connections per cycle here; a school's pupils come from several
      // addresses, or from one over several minutes.
      child = await startRealtimeChild({
        DATABASE_URL: database.url,
        REALTIME_CONNECTIONS_PER_MINUTE: "100000",
      });
      const idle = await child.memoryReport();
      const reports = await runStormCycles(
        child,
        database,
        PUPILS,
        CONVERGE_TIMEOUT_MS,
        (current) => {
          clients = current;
        },
      );
      expectBackToBaseline(idle, reports);
      expectHeapSettled(reports);
    },
    TEST_TIMEOUT_MS,
  );
});
