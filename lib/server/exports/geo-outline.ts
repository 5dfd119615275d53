/**
 * Outlines of tldraw's geo shapes as polygons in the shape's own box (0..w, 0..h), close enough
 * for a report or a thumbnail. Rectangles and ellipses are drawn as such by the renderers and
 * get no polygon here.
 */
export interface Point {
  x: number;
  y: number;
}

/** Geo styles the renderers draw as an ellipse. */
export const ELLIPSE_GEOS = new Set(["ellipse", "oval", "cloud", "heart"]);

function regularPolygon(w: number, h: number, sides: number, startAngle: number): Point[] {
  return Array.from({ length: sides }, (_, i) => {
    const angle = startAngle + (i * 2 * Math.PI) / sides;
    return { x: w / 2 + (Math.cos(angle) * w) / 2, y: h / 2 + (Math.sin(angle) * h) / 2 };
  });
}

function star(w: number, h: number): Point[] {
  return Array.from({ length: 10 }, (_, i) => {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const radius = i % 2 === 0 ? 0.5 : 0.2;
    return { x: w / 2 + Math.cos(angle) * w * radius, y: h / 2 + Math.sin(angle) * h * radius };
  });
}

/** An arrow pointing right in a unit box, turned to `direction` and stretched to w × h. */
function blockArrow(w: number, h: number, direction: "right" | "left" | "up" | "down"): Point[] {
  const unit: [number, number][] = [
    [0, 0.3],
    [0.6, 0.3],
    [0.6, 0],
    [1, 0.5],
    [0.6, 1],
    [0.6, 0.7],
    [0, 0.7],
  ];
  return unit.map(([u, v]) => {
    if (direction === "right") return { x: u * w, y: v * h };
    if (direction === "left") return { x: (1 - u) * w, y: v * h };
    if (direction === "down") return { x: v * w, y: u * h };
    return { x: v * w, y: (1 - u) * h };
  });
}

/** The polygon of a geo style, or null when it is a rectangle or an ellipse. */
export function geoPolygon(geo: string, w: number, h: number): Point[] | null {
  switch (geo) {
    case "triangle":
      return [
        { x: w / 2, y: 0 },
        { x: w, y: h },
        { x: 0, y: h },
      ];
    case "diamond":
      return [
        { x: w / 2, y: 0 },
        { x: w, y: h / 2 },
        { x: w / 2, y: h },
        { x: 0, y: h / 2 },
      ];
    case "pentagon":
      return regularPolygon(w, h, 5, -Math.PI / 2);
    case "hexagon":
      return regularPolygon(w, h, 6, 0);
    case "octagon":
      return regularPolygon(w, h, 8, Math.PI / 8);
    case "star":
      return star(w, h);
    case "rhombus":
      return [
        { x: w * 0.25, y: 0 },
        { x: w, y: 0 },
        { x: w * 0.75, y: h },
        { x: 0, y: h },
      ];
    case "rhombus-2":
      return [
        { x: 0, y: 0 },
        { x: w * 0.75, y: 0 },
        { x: w, y: h },
        { x: w * 0.25, y: h },
      ];
    case "trapezoid":
      return [
        { x: w * 0.25, y: 0 },
        { x: w * 0.75, y: 0 },
        { x: w, y: h },
        { x: 0, y: h },
      ];
    case "arrow-right":
    case "arrow-left":
    case "arrow-up":
    case "arrow-down":
      return blockArrow(w, h, geo.slice("arrow-".length) as "right" | "left" | "up" | "down");
    default:
      return null;
  }
}
