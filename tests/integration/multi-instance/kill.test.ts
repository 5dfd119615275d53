/**
 * kill -9 of one of two instances while clients on both write: the killed instance's clients
 * reconnect through the load balancer (a round-robin TCP proxy here) to the other, and nothing
 * any client had received is lost; after they resync, nothing anyone wrote is lost either.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Cluster, type ClusterClient } from "@/tests/helpers/multi-instance";
import { loadStoredDoc, waitUntil } from "@/tests/helpers/realtime-harness";
import { RoundRobinProxy } from "@/tests/helpers/round-robin-proxy";

describe("kill -9 of one instance", () => {
  let cluster: Cluster;
  let proxy: RoundRobinProxy;
  beforeAll(async () => {
    cluster = await Cluster.start(2);
    proxy = await RoundRobinProxy.start(cluster.instances.map((instance) => instance.port));
  });
  afterAll(async () => {
    await proxy?.close();
    await cluster?.close();
  });

  it("loses nothing any client had received, and the clients carry on on the other instance", async () => {
    const roomId = await cluster.database.createRoom();
    // Round robin: writers alternate between the two instances.
    const writers: (ClusterClient & { name: string })[] = [];
    for (let index = 0; index < 4; index++) {
      writers.push({ name: `w${index}`, ...(await cluster.connect(proxy.port, roomId)) });
    }
    const dropped = new Set<string>();
    for (const writer of writers) {
      writer.provider.on("status", ({ status }: { status: string }) => {
        if (status === "disconnected") dropped.add(writer.name);
      });
    }
    const tags = (writer: (typeof writers)[number]) => writer.doc.getMap<boolean>("tags");
    let written = 0;
    const writing = setInterval(() => {
      for (const writer of writers) tags(writer).set(`${writer.name}:${written}`, true);
      written++;
    }, 3);
    const receivedFromOthers = (writer: (typeof writers)[number]) =>
      [...tags(writer).keys()].filter((key) => !key.startsWith(`${writer.name}:`));
    await waitUntil(
      () => writers.every((writer) => receivedFromOthers(writer).length >= 100),
      20_000,
      "every writer receives from the others",
    );

    const received = new Set(writers.flatMap(receivedFromOthers));
    await cluster.instances[0]!.kill();
    const storedAtKill = (await loadStoredDoc(cluster.database.store, roomId)).getMap("tags");
    const lostAtKill = [...received].filter((key) => !storedAtKill.has(key));

    // The killed instance's writers reconnect through the proxy to the survivor, still writing.
    await waitUntil(() => dropped.size > 0, 10_000, "the killed instance's writers drop");
    await waitUntil(
      () => writers.every((writer) => writer.provider.wsconnected && writer.provider.synced),
      20_000,
      "every writer reconnected",
    );
    const writtenAtReconnect = written;
    await waitUntil(() => written >= writtenAtReconnect + 50, 10_000, "writes after reconnect");
    clearInterval(writing);
    const total = writers.length * written;
    await waitUntil(
      () => writers.every((writer) => tags(writer).size === total),
      20_000,
      "every writer has every update",
    );
    const stored = (await loadStoredDoc(cluster.database.store, roomId)).getMap("tags");
    console.log(
      `[kill -9] written ${total}, received from others before the kill ${received.size}, ` +
        `stored at the kill ${storedAtKill.size}, stored at the end ${stored.size}`,
    );
    expect(dropped.size).toBe(writers.length / 2);
    expect(lostAtKill).toEqual([]);
    expect(stored.size).toBe(total);
    expect(stored.toJSON()).toEqual(tags(writers[0]!).toJSON());
  });
});
