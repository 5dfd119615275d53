/** Estimating the server-clock offset from round trips: the fastest trip decides. */
import { describe, expect, it } from "vitest";
import { estimateOffset, measureServerOffset } from "@/lib/client/facilitation/server-clock";

describe("server clock offset", () => {
  it("uses the midpoint of the round trip with the smallest RTT", () => {
    const offset = estimateOffset([
      { sentAt: 1_000, receivedAt: 1_400, serverNow: 61_350 }, // slow trip: midpoint guess is loose
      { sentAt: 2_000, receivedAt: 2_020, serverNow: 62_010 }, // fastest: offset 60 000
      { sentAt: 3_000, receivedAt: 3_100, serverNow: 63_000 },
    ]);
    expect(offset).toBe(60_000);
  });

  it("is 0 without samples and ignores impossible ones", () => {
    expect(estimateOffset([])).toBe(0);
    expect(estimateOffset([{ sentAt: 10, receivedAt: 5, serverNow: 100 }])).toBe(0);
  });

  it("measures against a server whose clock runs 60 s behind, within the round-trip time", async () => {
    const serverNow = () => Date.now() - 60_000;
    const fetchServerNow = () =>
      new Promise<number>((resolve) => setTimeout(() => resolve(serverNow()), 5 + Math.random() * 10));
    const offset = await measureServerOffset(fetchServerNow, 5);
    expect(offset).not.toBeNull();
    expect(Math.abs(offset! + 60_000)).toBeLessThan(20);
  });

  it("skips failed rounds and gives null when all fail", async () => {
    let calls = 0;
    const flaky = async () => {
      calls += 1;
      if (calls % 2 === 1) throw new Error("offline");
      return Date.now() + 1_000;
    };
    const offset = await measureServerOffset(flaky, 4);
    expect(Math.abs(offset! - 1_000)).toBeLessThan(20);
    expect(await measureServerOffset(() => Promise.reject(new Error("down")), 3)).toBeNull();
  });
});
