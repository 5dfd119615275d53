/** Many editors writing at once end with the same document, with every write present and stored. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { RealtimeHarness, loadStoredDoc, waitUntil } from "@/tests/helpers/realtime-harness";

describe("realtime convergence", () => {
  let harness: RealtimeHarness;
  beforeAll(async () => {
    harness = await RealtimeHarness.start();
  });
  afterAll(async () => {
    await harness.close();
  });

  it("10 providers writing concurrently converge, and the store holds every write", async () => {
    const roomId = await harness.createRoom();
    const clients = await Promise.all(Array.from({ length: 10 }, () => harness.connect(roomId)));
    const writesPerClient = 50;
    await Promise.all(
      clients.map(async (client, clientIndex) => {
        for (let write = 0; write < writesPerClient; write++) {
          client.doc.getMap<number>("shared").set(`c${clientIndex}-w${write}`, write);
          client.doc.getArray<string>("log").push([`c${clientIndex}-w${write}`]);
          if (write % 5 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
        }
      }),
    );
    const expected = clients.length * writesPerClient;
    await waitUntil(
      () =>
        clients.every(
          (client) =>
            client.doc.getMap("shared").size === expected &&
            client.doc.getArray("log").length === expected,
        ),
      15_000,
      "all clients to see every write",
    );
    const reference = Y.encodeStateVector(clients[0]!.doc);
    for (const client of clients) {
      expect(client.doc.getArray("log").length).toBe(expected);
      expect(Y.encodeStateVector(client.doc)).toEqual(reference);
      expect(client.doc.getArray("log").toJSON()).toEqual(clients[0]!.doc.getArray("log").toJSON());
    }
    const stored = await loadStoredDoc(harness.store, roomId);
    expect(stored.getMap("shared").toJSON()).toEqual(clients[0]!.doc.getMap("shared").toJSON());
    expect(stored.getArray("log").toJSON()).toEqual(clients[0]!.doc.getArray("log").toJSON());
    expect(harness.server.stats()).toEqual({ rooms: 1, connections: 10 });
  });
});
