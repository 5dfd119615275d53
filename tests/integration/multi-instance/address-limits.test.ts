/**
 * New connections per address over two instances behind a round-robin load balancer
 * (REALTIME_CONNECTIONS_PER_MINUTE=5, counted in Redis through rate-limiter-flexible's
 * RateLimiterRedis): the 6th connection of one address within the minute is refused whichever
 * instance it reaches, while another address is not held up.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CloseCode } from "@/lib/shared/realtime/close-codes";
import { admission, Cluster } from "@/tests/helpers/multi-instance";
import { refusedStatus } from "@/tests/helpers/realtime-harness";
import { RoundRobinProxy } from "@/tests/helpers/round-robin-proxy";

describe("connections per address over two instances", () => {
  let cluster: Cluster;
  let proxy: RoundRobinProxy;
  beforeAll(async () => {
    // TRUST_PROXY=1: each test client says its address in X-Forwarded-For, as a proxy would.
    cluster = await Cluster.start(2, { REALTIME_CONNECTIONS_PER_MINUTE: "5", TRUST_PROXY: "1" });
    proxy = await RoundRobinProxy.start(cluster.instances.map((instance) => instance.port));
  });
  afterAll(async () => {
    await proxy?.close();
    await cluster?.close();
  });

  it("refuses the 6th connection across both instances: 4429 with a token, HTTP 429 without", async () => {
    const roomId = await cluster.database.createRoom();
    const token = await cluster.token(roomId);
    const flooder = { "X-Forwarded-For": "203.0.113.7" };
    const outcomes: ("admitted" | number)[] = [];
    // Round robin: the connections alternate between the two instances.
    for (let index = 0; index < 6; index++) {
      const socket = cluster.rawSocket(proxy.port, roomId, token, flooder);
      outcomes.push(await admission(socket));
      socket.close();
    }
    expect(outcomes).toEqual([...Array<string>(5).fill("admitted"), CloseCode.rateLimited]);
    const anonymous = await refusedStatus(
      cluster.rawSocket(proxy.port, roomId, "no-token", flooder),
    );
    expect(anonymous.status).toBe(429);

    // Someone else behind the same balancer still gets in, on either instance.
    const neighbour = { "X-Forwarded-For": "203.0.113.8" };
    for (let index = 0; index < 2; index++) {
      const socket = cluster.rawSocket(proxy.port, roomId, token, neighbour);
      expect(await admission(socket)).toBe("admitted");
      socket.close();
    }
  });
});
