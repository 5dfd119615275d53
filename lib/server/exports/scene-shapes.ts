/**
 * Turns one tldraw shape record into scene primitives (see stage-scene.ts). Sizes follow tldraw
 * 5.4's defaults (tldraw/src/lib/shapes/shared/default-shape-constants.ts times the theme's base
 * font size 16 and stroke width 2; a note is 200 × 200 plus its growY).
 */
import { b64Vecs } from "@tldraw/tlschema";
import { richTextToPlain } from "@/lib/shared/rich-text-to-plain";
import { ELLIPSE_GEOS, geoPolygon } from "./geo-outline";
import { estimateTextHeight, estimateTextWidth } from "./text-layout";
import { fillColor, LIGHT_THEME, paletteColor } from "./tldraw-palette";
import {
  toPage,
  type PageTransform,
  type Point,
  type ScenePrimitive,
  type TextAlign,
} from "./scene-types";

export interface LooseShape {
  id: string;
  typeName?: string;
  type?: string;
  parentId?: string;
  index?: string;
  x?: number;
  y?: number;
  rotation?: number;
  opacity?: number;
  props?: Record<string, unknown>;
}

export interface LooseBinding {
  typeName?: string;
  fromId?: string;
  toId?: string;
  props?: Record<string, unknown>;
}

export interface ShapeContext {
  records: Map<string, { typeName?: string; type?: string; props?: Record<string, unknown> }>;
  transforms: Map<string, PageTransform>;
  /** Bindings by the id of the shape they start from (an arrow). */
  bindingsFrom: Map<string, LooseBinding[]>;
}

type Size = "s" | "m" | "l" | "xl";
const STROKE_WIDTHS: Record<Size, number> = { s: 2, m: 3.5, l: 5, xl: 10 };
const TEXT_FONT_SIZES: Record<Size, number> = { s: 18, m: 24, l: 36, xl: 44 };
const LABEL_FONT_SIZES: Record<Size, number> = { s: 18, m: 22, l: 26, xl: 32 };
const NOTE_SIZE = 200;

function size(props: Record<string, unknown>): Size {
  const value = props.size;
  return value === "m" || value === "l" || value === "xl" ? value : "s";
}

function positive(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : fallback;
}

function align(value: unknown): TextAlign {
  if (typeof value !== "string") return "middle";
  if (value.startsWith("start")) return "start";
  if (value.startsWith("end")) return "end";
  return "middle";
}

function box(shape: LooseShape, transform: PageTransform, w: number, h: number) {
  return {
    shapeId: shape.id,
    opacity: transform.opacity,
    x: transform.x,
    y: transform.y,
    rotation: transform.rotation,
    w,
    h,
  };
}

/** Points of a draw or highlight shape's segments, in the shape's space. */
function drawPoints(props: Record<string, unknown>): Point[] {
  const scaleX = positive(props.scaleX, 1);
  const scaleY = positive(props.scaleY, 1);
  const segments = Array.isArray(props.segments) ? props.segments : [];
  const points: Point[] = [];
  for (const segment of segments as { path?: unknown; points?: unknown; dim?: 2 | 3 }[]) {
    // tldraw 5 stores delta-encoded base64 paths; older documents may still hold point arrays.
    const decoded =
      typeof segment.path === "string"
        ? b64Vecs.decodePoints(segment.path, segment.dim === 2 ? 2 : 3)
        : Array.isArray(segment.points)
          ? (segment.points as Point[])
          : [];
    for (const point of decoded) points.push({ x: point.x * scaleX, y: point.y * scaleY });
  }
  return points;
}

/** Where an arrow's end lands: on the shape it is bound to, else its own stored point. */
function arrowTerminal(
  shape: LooseShape,
  transform: PageTransform,
  terminal: "start" | "end",
  context: ShapeContext,
): Point {
  for (const binding of context.bindingsFrom.get(shape.id) ?? []) {
    if (binding.props?.terminal !== terminal || !binding.toId) continue;
    const target = context.records.get(binding.toId);
    const targetTransform = context.transforms.get(binding.toId);
    if (!target || !targetTransform) break;
    const w = positive(target.props?.w, NOTE_SIZE);
    const h = positive(target.props?.h, NOTE_SIZE);
    const anchor = binding.props?.normalizedAnchor as Point | undefined;
    const precise = binding.props?.isPrecise === true && anchor;
    return toPage(targetTransform, {
      x: (precise ? anchor.x : 0.5) * w,
      y: (precise ? anchor.y : 0.5) * h,
    });
  }
  const point = (shape.props?.[terminal] ?? { x: 0, y: 0 }) as Point;
  return toPage(transform, point);
}

/** An arrow as a polyline: straight, or a quadratic curve through tldraw's bend midpoint. */
function arrowPoints(shape: LooseShape, transform: PageTransform, context: ShapeContext): Point[] {
  const start = arrowTerminal(shape, transform, "start", context);
  const end = arrowTerminal(shape, transform, "end", context);
  const bend = typeof shape.props?.bend === "number" ? shape.props.bend : 0;
  const length = Math.hypot(start.x - end.x, start.y - end.y);
  if (Math.abs(bend) < 1 || length === 0) return [start, end];
  // tldraw: middle = median(start, end) - bend * per(unit(start - end)), per(v) = (v.y, -v.x).
  const ux = (start.x - end.x) / length;
  const uy = (start.y - end.y) / length;
  const middle = { x: (start.x + end.x) / 2 - bend * uy, y: (start.y + end.y) / 2 + bend * ux };
  const control = {
    x: 2 * middle.x - (start.x + end.x) / 2,
    y: 2 * middle.y - (start.y + end.y) / 2,
  };
  return Array.from({ length: 17 }, (_, i) => {
    const t = i / 16;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const c = t * t;
    return {
      x: a * start.x + b * control.x + c * end.x,
      y: a * start.y + b * control.y + c * end.y,
    };
  });
}

/** The primitives of one shape (none for groups and for shapes with nothing to draw). */
export function shapePrimitives(
  shape: LooseShape,
  transform: PageTransform,
  context: ShapeContext,
): ScenePrimitive[] {
  const props = shape.props ?? {};
  const scale = positive(props.scale, 1);
  const colour = paletteColor(props.color);
  const stroke = { stroke: colour.solid, strokeWidth: STROKE_WIDTHS[size(props)] * scale };
  switch (shape.type) {
    case "note": {
      const w = NOTE_SIZE * scale;
      const h = (NOTE_SIZE + (typeof props.growY === "number" ? props.growY : 0)) * scale;
      const adjust = positive(props.fontSizeAdjustment, 1);
      return [
        {
          ...box(shape, transform, w, h),
          kind: "note",
          fill: colour.noteFill,
          text: richTextToPlain(props.richText),
          textColor: LIGHT_THEME.text,
          fontSize: LABEL_FONT_SIZES[size(props)] * scale * Math.min(1, adjust),
          align: align(props.align),
          verticalAlign: align(props.verticalAlign),
        },
      ];
    }
    case "geo": {
      const w = positive(props.w, 1);
      const h = positive(props.h, 1) + (typeof props.growY === "number" ? props.growY : 0);
      const geo = typeof props.geo === "string" ? props.geo : "rectangle";
      const polygon = geoPolygon(geo, w, h);
      return [
        {
          ...box(shape, transform, w, h),
          ...stroke,
          kind: "geo",
          outline: polygon ? "polygon" : ELLIPSE_GEOS.has(geo) ? "ellipse" : "rect",
          polygon,
          fill: fillColor(props.fill, props.color),
          dashed: props.dash === "dashed" || props.dash === "dotted",
          text: richTextToPlain(props.richText),
          textColor: paletteColor(props.labelColor).solid,
          fontSize: LABEL_FONT_SIZES[size(props)] * scale,
          align: align(props.align),
          verticalAlign: align(props.verticalAlign),
        },
      ];
    }
    case "text": {
      const text = richTextToPlain(props.richText);
      const fontSize = TEXT_FONT_SIZES[size(props)] * scale;
      // An auto-sized text is as wide as its longest line; tldraw stores a placeholder width.
      const w =
        props.autoSize === false
          ? positive(props.w, 8)
          : Math.max(...text.split("\n").map((line) => estimateTextWidth(line, fontSize)), 8) +
            fontSize * 0.3;
      return [
        {
          ...box(shape, transform, w, estimateTextHeight(text, w, fontSize)),
          kind: "text",
          text,
          color: props.color === "black" ? LIGHT_THEME.text : colour.solid,
          fontSize,
          align: align(props.textAlign),
        },
      ];
    }
    case "frame":
      return [
        {
          ...box(shape, transform, positive(props.w, 1), positive(props.h, 1)),
          kind: "frame",
          name: typeof props.name === "string" && props.name ? props.name : "Frame",
          stroke: colour.frameStroke,
          fill: colour.frameFill,
          headingFill: colour.frameHeadingFill,
        },
      ];
    case "line": {
      const handles = Object.values(
        (props.points ?? {}) as Record<string, Point & { index?: string }>,
      );
      handles.sort((a, b) => ((a.index ?? "") < (b.index ?? "") ? -1 : 1));
      return [
        polyline(
          shape,
          transform,
          handles.map((point) => toPage(transform, point)),
          stroke,
        ),
      ];
    }
    case "arrow":
      return [
        {
          ...polyline(shape, transform, arrowPoints(shape, transform, context), stroke),
          arrowStart: props.arrowheadStart !== undefined && props.arrowheadStart !== "none",
          arrowEnd: props.arrowheadEnd !== "none",
        },
      ];
    case "draw":
    case "highlight": {
      const isHighlight = shape.type === "highlight";
      const points = drawPoints(props).map((point) => toPage(transform, point));
      const closed = !isHighlight && props.isClosed === true;
      return [
        {
          ...polyline(shape, transform, points, stroke),
          strokeWidth: stroke.strokeWidth * (isHighlight ? 6 : 1),
          opacity: transform.opacity * (isHighlight ? 0.4 : 1),
          closed,
          fill: closed ? fillColor(props.fill, props.color) : null,
        },
      ];
    }
    case "group":
      return [];
    default:
      return placeholder(shape, transform, context);
  }
}

function polyline(
  shape: LooseShape,
  transform: PageTransform,
  points: Point[],
  stroke: { stroke: string; strokeWidth: number },
): ScenePrimitive & { kind: "polyline" } {
  return {
    kind: "polyline",
    shapeId: shape.id,
    opacity: transform.opacity,
    points,
    ...stroke,
    closed: false,
    fill: null,
    arrowStart: false,
    arrowEnd: false,
  };
}

/** Images, videos, embeds, bookmarks and unknown shapes with a size: a labelled box. */
function placeholder(
  shape: LooseShape,
  transform: PageTransform,
  context: ShapeContext,
): ScenePrimitive[] {
  const props = shape.props ?? {};
  if (typeof props.w !== "number" || typeof props.h !== "number") return [];
  const asset = typeof props.assetId === "string" ? context.records.get(props.assetId) : undefined;
  const assetName = asset?.props?.name;
  return [
    {
      ...box(shape, transform, positive(props.w, 1), positive(props.h, 1)),
      kind: "image",
      label: typeof assetName === "string" && assetName ? assetName : (shape.type ?? "shape"),
    },
  ];
}
