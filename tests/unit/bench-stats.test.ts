import { describe, expect, it } from "vitest";
import { median, percentile, ratio, summarizeLatencies } from "@/bench/stats";

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
