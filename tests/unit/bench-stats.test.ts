import { describe, expect, it } from "vitest";
import { median, percentile, ratio, settledWindow, summarizeLatencies } from "@/bench/stats";
import { renderBrowserSection } from "@/bench/report/browser-section";
import { renderMemorySection } from "@/bench/report/memory-section";
import { renderFanOutSection } from "@/bench/report/fan-out-section";
import { capacityFigure } from "@/bench/report/capacity-section";
import { renderTargetsSection } from "@/bench/report/targets-section";
import { FULL_PLAN } from "@/bench/config";
import { TARGETS } from "@/bench/lib/targets";
import type { BenchResults } from "@/bench/report";
import type { CapacityResult } from "@/bench/metrics/room-capacity";
import type { BrowserRoomOpenResult, OpenTimes, OpenWork } from "@/bench/browser/room-open";

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
  const fanOut = (clients: number, p99: number) => ({
    clients,
    count: 100,
    p50: 1,
    p99,
    max: p99,
    missing: 0,
    generatorP99DelayMs: 3,
  });
  const capacity = (lastUnder: number, stoppedBy: CapacityResult["stoppedBy"]): CapacityResult => ({
    lastUnder,
    stoppedBy,
    steps: [10, 25, 50]
      .filter((rooms) => rooms <= lastUnder || stoppedBy === "limit")
      .map((rooms) => ({
        rooms,
        clients: rooms * 5,
        count: 10,
        p50: 1,
        p99: rooms > lastUnder ? 150 : 20,
        max: 200,
        serverMaxDelayMs: 5,
        generatorP99DelayMs: 5,
      })),
  });
  const results = (overrides: Partial<BenchResults>): BenchResults => ({
    environment: {} as BenchResults["environment"],
    quick: false,
    plan: FULL_PLAN,
    startedAt: new Date(0),
    durationSeconds: 1,
    multiSkipped: null,
    fanOut: null,
    capacity: null,
    idleRooms: null,
    largeRoom: null,
    compaction: null,
    browser: null,
    browserLarge: null,
    ...overrides,
  });

  it("shows RSS per idle room for every server, a negative RSS as measured", () => {
    const lines = renderMemorySection(
      [
        { spec: TARGETS["y-websocket"], ok: true, value: idle([87, 90], [9, 10.8]) },
        { spec: TARGETS.cocreate, ok: true, value: idle([217, 197], [28, 30.5]) },
      ],
      null,
      FULL_PLAN,
    );
    expect(lines).toContain("| **added RSS per room** | **31 KiB** | **-205 KiB** |");
    expect(lines).toContain("| added V8 heap in use per room | 18 KiB | 26 KiB |");
  });

  it("says which server failed instead of dropping it silently", () => {
    const lines = renderFanOutSection(
      [
        { spec: TARGETS.hocuspocus, ok: true, value: [fanOut(10, 8)] },
        { spec: TARGETS.cocreate, ok: false, reason: "cocreate did not start in time" },
      ],
      FULL_PLAN,
    );
    expect(lines).toContain("| 1 | n/a |");
    expect(lines).toContain("| 10 | 1.00 ms / 8.00 ms (3) |");
    expect(lines.join("\n")).toContain(
      "Cocreate (SQLite): not measured, the step failed: cocreate did not start in time",
    );
  });

  it("reads a capacity search that stopped at the limit, the cap or the load generator", () => {
    expect(capacityFigure(capacity(25, "limit"), 150)).toBe("25 (50 passed)");
    expect(capacityFigure(capacity(50, "cap"), 150)).toBe("≥ 50 (cap)");
    expect(capacityFigure(capacity(25, "load-generator"), 150)).toBe(
      "≥ 25 (load generator saturated)",
    );
  });

  it("compares Cocreate with the better peer and says by how much a target is missed", () => {
    const lines = renderTargetsSection(
      results({
        fanOut: [
          { spec: TARGETS["y-websocket"], ok: true, value: [fanOut(50, 12), fanOut(250, 40)] },
          { spec: TARGETS.hocuspocus, ok: true, value: [fanOut(50, 10), fanOut(250, 50)] },
          { spec: TARGETS.cocreate, ok: true, value: [fanOut(50, 15), fanOut(250, 90)] },
        ],
        capacity: [
          { spec: TARGETS["y-websocket"], ok: true, value: capacity(50, "limit") },
          { spec: TARGETS.cocreate, ok: true, value: capacity(25, "limit") },
        ],
      }),
    ).join("\n");
    expect(lines).toContain("| 15.00 ms vs 10.00 ms | missed by 5.0 ms (1.50×) |");
    expect(lines).toContain("| 90.00 ms | met |");
    expect(lines).toContain("missed by 25 rooms (50 % fewer)");
  });

  it("leaves capacity undecided when the better peer's search stopped before its limit", () => {
    const lines = renderTargetsSection(
      results({
        capacity: [
          { spec: TARGETS.hocuspocus, ok: true, value: capacity(0, "load-generator") },
          { spec: TARGETS.cocreate, ok: true, value: capacity(0, "limit") },
        ],
      }),
    ).join("\n");
    expect(lines).toContain(
      "not decided: the better peer's search stopped at the load generator's limit at the same count",
    );
  });

  it("says why the browser figure is missing instead of printing a table", () => {
    const lines = renderBrowserSection({ ran: false, reason: "Chromium not found" }, 2_000);
    expect(lines[0]).toContain("2,000 shapes");
    expect(lines.join("\n")).toContain("Not measured in this run: Chromium not found");
  });

  it("puts the 10,000-shape browser open in the targets with its median and p95", () => {
    const open = (painted: number): OpenTimes => ({
      token: 100, synced: 200, storeLoaded: 300, canvas: 400, editorMounted: 500, rendered: painted - 16, painted,
    });
    const work = { taskMs: 900 } as OpenWork;
    const result: BrowserRoomOpenResult = {
      shapes: 10_000,
      landingShapes: 3_000,
      records: 10_007,
      runs: [1_400, 1_700, 1_600].map(open),
      median: open(1_600),
      work: [work, work, work],
      medianWork: work,
      appPinned: true,
      chromium: "test",
    };
    const lines = renderTargetsSection(results({ browserLarge: { ran: true, result } })).join("\n");
    expect(lines).toContain("| 10,000 shapes: median 1600 ms, p95 1700 ms (3 opens, section 7) | missed by 100.0 ms (1.07×) |");
    const skipped = renderTargetsSection(results({ browserLarge: { ran: false, reason: "no production build" } }));
    expect(skipped.join("\n")).toContain("not measured here: no production build");
  });
});
