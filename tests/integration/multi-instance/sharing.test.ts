/**
 * Two realtime instances (child processes) on one PostgreSQL database, sharing rooms through
 * Redis: clients on either converge, presence crosses, and what a route does on a third instance
 * (restore, live counts, access rechecks) reaches the others.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { REALTIME_PATH } from "@/lib/shared/realtime/protocol";
import { CloseCode } from "@/lib/shared/realtime/close-codes";
import { Cluster, type ClusterClient } from "@/tests/helpers/multi-instance";
import { loadStoredDoc, waitUntil } from "@/tests/helpers/realtime-harness";

const tagsOf = (client: ClusterClient) => client.doc.getMap<boolean>("tags");

describe("two instances sharing rooms through Redis", () => {
  let cluster: Cluster;
  let portA: number;
  let portB: number;
  beforeAll(async () => {
    cluster = await Cluster.start(2);
    [portA, portB] = cluster.instances.map((instance) => instance.port) as [number, number];
  });
  afterAll(async () => {
    await cluster?.close();
  });

  it("clients on either instance converge, and the stored document equals theirs", async () => {
    const roomId = await cluster.database.createRoom();
    const clients: { name: string; client: ClusterClient }[] = [];
    for (const [index, port] of [portA, portB, portA, portB, portA, portB].entries()) {
      clients.push({ name: `c${index}`, client: await cluster.connect(port, roomId) });
    }
    const perClient = 40;
    for (let round = 0; round < perClient; round++) {
      for (const { name, client } of clients) tagsOf(client).set(`${name}:${round}`, true);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const total = clients.length * perClient;
    await waitUntil(
      () => clients.every(({ client }) => tagsOf(client).size === total),
      20_000,
      "every client has every update",
    );
    const expected = clients[0]!.client.doc.getMap("tags").toJSON();
    for (const { client } of clients) expect(tagsOf(client).toJSON()).toEqual(expected);
    const stored = await loadStoredDoc(cluster.database.store, roomId);
    expect(stored.getMap("tags").toJSON()).toEqual(expected);
  });

  it("shows a client's presence on the other instance, and removes it when they leave", async () => {
    const roomId = await cluster.database.createRoom();
    const anna = await cluster.connect(portA, roomId);
    anna.provider.awareness.setLocalStateField("user", { name: "Anna" });
    // Bram's instance loads the room after Anna announced herself: it asks the others.
    const bram = await cluster.connect(portB, roomId);
    const seenByBram = (clientId: number) =>
      (bram.provider.awareness.getStates().get(clientId) as { user?: { name: string } } | undefined)
        ?.user?.name;
    await waitUntil(() => seenByBram(anna.doc.clientID) === "Anna", 10_000, "Anna seen on B");

    // A later arrival on A, while the room is loaded on both.
    const carla = await cluster.connect(portA, roomId);
    carla.provider.awareness.setLocalStateField("user", { name: "Carla" });
    await waitUntil(() => seenByBram(carla.doc.clientID) === "Carla", 10_000, "Carla seen on B");
    const seenByAnna = (clientId: number) =>
      (anna.provider.awareness.getStates().get(clientId) as { user?: { name: string } } | undefined)
        ?.user?.name;
    bram.provider.awareness.setLocalStateField("user", { name: "Bram" });
    await waitUntil(() => seenByAnna(bram.doc.clientID) === "Bram", 10_000, "Bram seen on A");

    cluster.disconnect(anna);
    await waitUntil(
      () => !bram.provider.awareness.getStates().has(anna.doc.clientID),
      10_000,
      "Anna gone on B",
    );
    expect(seenByBram(carla.doc.clientID)).toBe("Carla");
  });

  it("a change made on a third instance (a restore) reaches clients on the others and is stored", async () => {
    const roomId = await cluster.database.createRoom();
    const onA = await cluster.connect(portA, roomId);
    const onB = await cluster.connect(portB, roomId);
    tagsOf(onA).set("before", true);
    await waitUntil(() => tagsOf(onB).has("before"), 10_000, "B has A's edit");

    const routeInstance = await cluster.startInProcess();
    await routeInstance.changeDocument(roomId, (copy) => copy.getMap("tags").set("restored", true));
    await waitUntil(
      () => tagsOf(onA).has("restored") && tagsOf(onB).has("restored"),
      10_000,
      "both instances' clients have the server-side change",
    );
    const stored = await loadStoredDoc(cluster.database.store, roomId);
    expect(stored.getMap("tags").toJSON()).toEqual({ before: true, restored: true });
  });

  it("counts people over all instances, and rechecks access on every instance", async () => {
    const roomId = await cluster.database.createRoom();
    const routeInstance = await cluster.startInProcess();
    await cluster.connect(portA, roomId, { sub: "dana" });
    await cluster.connect(portB, roomId, { sub: "dana" }); // a second tab, on the other instance
    await cluster.connect(portB, roomId, { sub: "eli" });
    await waitUntil(
      () => routeInstance.peopleInRooms([roomId])[roomId] === 2,
      10_000,
      "two people counted on the route's instance",
    );

    const socket = new WebSocket(
      `ws://127.0.0.1:${portA}${REALTIME_PATH}/${roomId}?token=${await cluster.token(roomId, "finn")}`,
    );
    await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
    const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
    await waitUntil(
      () => routeInstance.peopleInRooms([roomId])[roomId] === 3,
      10_000,
      "Finn counted",
    );
    // Finn (a token subject, not a member of the room) is on instance A; the route runs here.
    await routeInstance.recheckUser("finn");
    expect(await closed).toBe(CloseCode.forbidden);
  });
});
