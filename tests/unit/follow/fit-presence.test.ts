/** Presence stays under the server's awareness limit, whatever the laser or selection does. */
import { describe, expect, it } from "vitest";
import { fitPresence, MAX_SCRIBBLE_POINTS } from "@/lib/client/follow/fit-presence";
import { MAX_AWARENESS_BYTES } from "@/lib/shared/realtime/protocol";

const size = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).byteLength;

function scribble(id: string, points: number) {
  return {
    id,
    size: 12,
    color: "laser",
    opacity: 0.7,
    state: "active",
    delay: 0,
    shrink: 0.05,
    taper: true,
    points: Array.from({ length: points }, (_, index) => ({ x: index * 1.234567891, y: -index * 9.87654321, z: 0.5 })),
  };
}

describe("fitPresence", () => {
  it("returns a small presence unchanged", () => {
    const presence = { cursor: { x: 1, y: 2 }, scribbles: [], selectedShapeIds: ["shape:a"] };
    expect(fitPresence(presence)).toBe(presence);
  });

  it("keeps the newest laser points, rounded", () => {
    const fitted = fitPresence({ scribbles: [scribble("a", 500)] });
    const points = fitted.scribbles[0]!.points;
    expect(points).toHaveLength(MAX_SCRIBBLE_POINTS);
    expect(points.at(-1)).toEqual({ x: 616.0, y: -4928.4, z: 0.5 });
  });

  it("stays under the limit with many long strokes and a huge selection", () => {
    const presence = {
      scribbles: Array.from({ length: 10 }, (_, index) => scribble(`s${index}`, 2_000)),
      selectedShapeIds: Array.from({ length: 2_000 }, (_, index) => `shape:${"x".repeat(20)}${index}`),
      cursor: { x: 1, y: 2 },
    };
    const fitted = fitPresence(presence);
    expect(size(fitted)).toBeLessThan(MAX_AWARENESS_BYTES - 1024);
    expect(fitted.cursor).toEqual({ x: 1, y: 2 });
  });
});
