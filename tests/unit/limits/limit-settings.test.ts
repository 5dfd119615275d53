/** The settings behind the limits: client address (TRUST_PROXY), env overrides, retry delays. */
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddressOf, trustedProxyCount } from "@/lib/server/http/client-address";
import { limitRetryDelayMs } from "@/lib/shared/realtime/limits";
import {
  DEFAULT_REALTIME_LIMITS,
  realtimeLimitsFromEnv,
} from "@/server/realtime/limits/limit-config";

function request(remoteAddress: string, forwardedFor?: string): IncomingMessage {
  const headers = forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor };
  return { socket: { remoteAddress }, headers } as unknown as IncomingMessage;
}

describe("client address", () => {
  it("uses the socket's address unless proxies are trusted", () => {
    expect(clientAddressOf(request("192.0.2.1", "10.0.0.1"), 0)).toBe("192.0.2.1");
  });

  it("takes the N-th X-Forwarded-For entry from the right behind N proxies", () => {
    const spoofed = request("192.0.2.1", "6.6.6.6, 198.51.100.7, 10.0.0.2");
    expect(clientAddressOf(spoofed, 1)).toBe("10.0.0.2");
    expect(clientAddressOf(spoofed, 2)).toBe("198.51.100.7");
    expect(clientAddressOf(request("192.0.2.1"), 1)).toBe("192.0.2.1");
  });

  it("reads TRUST_PROXY as a number of proxies and refuses nonsense", () => {
    expect(trustedProxyCount({})).toBe(0);
    expect(trustedProxyCount({ TRUST_PROXY: "true" })).toBe(1);
    expect(trustedProxyCount({ TRUST_PROXY: "2" })).toBe(2);
    expect(() => trustedProxyCount({ TRUST_PROXY: "yes please" })).toThrow(/TRUST_PROXY/);
  });
});

describe("limit settings", () => {
  it("falls back to the defaults and takes overrides from the environment", () => {
    expect(realtimeLimitsFromEnv({})).toEqual(DEFAULT_REALTIME_LIMITS);
    expect(realtimeLimitsFromEnv({ ROOM_MAX_CONNECTIONS: "30" }).roomMaxConnections).toBe(30);
    expect(() => realtimeLimitsFromEnv({ REALTIME_MESSAGES_PER_SECOND: "0" })).toThrow(/≥ 1/);
  });

  it("waits 5 s after a limit, doubling to at most 60 s plus up to 20% jitter", () => {
    const noJitter = () => 0;
    expect([0, 1, 2, 3, 4, 10].map((attempt) => limitRetryDelayMs(attempt, noJitter))).toEqual([
      5_000, 10_000, 20_000, 40_000, 60_000, 60_000,
    ]);
    expect(limitRetryDelayMs(0, () => 0.999)).toBeLessThanOrEqual(6_000);
  });
});
