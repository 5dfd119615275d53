import { describe, expect, it } from "vitest";
import { median, percentile, ratio, settledWindow, summarizeLatencies } from "@/bench/stats";
import { renderBrowserSection } from "@/bench/report/browser-section";
import { renderMemorySection } from "@/bench/report/memory-section";

describe("percentile (nearest rank)", () => {
  const oneToHundred = Array.from({ length: 100 }, (_, index) => index + 1);

  it("returns measured samples, never interpolated values", () => {
    expect(percentile(oneToHundred, 50)).toBe(50);
    expect(percentile(oneToHundred, 99)).toBe(99);
    expect(percentile(oneToHundred, 100)).toBe(100);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
  });

  it("does not depend on input order and does not mutate the input", () => {
    const shuffled = [5, 1, 4, 2, 3];
    expect(percentile(shuffled, 50)).toBe(3);
    expect(shuffled).toEqual([5, 1, 4, 2, 3]);
  });

  it("gives the largest sample for p99 of a small series", () => {
    expect(percentile([10, 20, 30], 99)).toBe(30);
    expect(percentile([7], 1)).toBe(7);
  });

  it("is NaN for no samples and rejects p outside (0, 100]", () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe("median", () => {
  it("takes the middle sample or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe("summarizeLatencies", () => {
  it("reports count, p50, p99 and max", () => {
    const samples = [...Array.from({ length: 99 }, () => 1), 50];
    expect(summarizeLatencies(samples)).toEqual({ count: 100, p50: 1, p99: 1, max: 50 });
  });
});

describe("ratio", () => {
  it("divides, and is NaN when the reference is zero or missing", () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(Number.NaN, 2)).toBeNaN();
  });
});

describe("settledWindow", () => {
  it("returns the last samples once their spread is within the tolerance", () => {
    expect(settledWindow([10, 50, 20, 20.5, 21], 3, 1)).toEqual([20, 20.5, 21]);
    expect(settledWindow([20, 20.5, 25], 3, 1)).toBeNull();
  });

  it("waits for enough samples and rejects an empty window", () => {
    expect(settledWindow([1, 1], 3, 1)).toBeNull();
    expect(settledWindow([1, 1, 1], 0, 1)).toBeNull();
  });
});

describe("report sections", () => {
  const reading = (rss: number, heapUsed: number) => ({
    rss: rss * 2 ** 20,
    heapUsed: heapUsed * 2 ** 20,
    heapTotal: 0,
    external: 0,
    arrayBuffers: 0,
    settled: true,
  });
  const idle = (rss: [number, number], heap: [number, number]) => ({
    rooms: 100,
    baseline: reading(rss[0], heap[0]),
    loaded: reading(rss[1], heap[1]),
    loadedRooms: 100,
  });

  it("puts the added V8 heap first and still shows a negative RSS as measured", () => {
    const lines = renderMemorySection({
      cocreate: idle([217, 197], [28, 30.5]),
      peer: idle([87, 90], [9, 10.8]),
    });
    const table = lines.filter((line) => line.startsWith("| "));
    expect(table[1]).toBe("| **added V8 heap in use** | 2.5 MiB | 1.8 MiB | 1.39× |");
    expect(table[2]).toBe("| **added V8 heap in use per room** | 26 KiB | 18 KiB | |");
    expect(lines.join("\n")).toContain(
      "| added RSS (allocator noise: see above) | -20.0 MiB | 3.0 MiB |",
    );
  });

  it("says why the browser figure is missing instead of printing a table", () => {
    const lines = renderBrowserSection({ ran: false, reason: "Chromium not found" }, 2_000);
    expect(lines[0]).toContain("2,000 shapes");
    expect(lines.join("\n")).toContain("Not measured in this run: Chromium not found");
  });
});
