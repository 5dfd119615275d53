/**
 * The types of a stage scene (see stage-scene.ts): drawing primitives in page coordinates with
 * colours resolved, and the page transform of a shape.
 */
import type { StageId } from "@/lib/shared/stages";
import type { Point } from "./geo-outline";

export type { Point } from "./geo-outline";

/** Where a box-shaped primitive sits: its top-left corner on the page and its rotation. */
export interface Placement {
  x: number;
  y: number;
  /** Radians, clockwise (tldraw's convention), about (x, y). */
  rotation: number;
}

interface PrimitiveBase {
  shapeId: string;
  /** 0..1, the shape's opacity times its parents'. */
  opacity: number;
}

export interface BoxBase extends PrimitiveBase, Placement {
  w: number;
  h: number;
}

export type TextAlign = "start" | "middle" | "end";

export interface GeoPrimitive extends BoxBase {
  kind: "geo";
  /** "rect", "ellipse" or "polygon" (then `polygon` holds the outline in the box). */
  outline: "rect" | "ellipse" | "polygon";
  polygon: Point[] | null;
  fill: string | null;
  stroke: string;
  strokeWidth: number;
  dashed: boolean;
  text: string;
  textColor: string;
  fontSize: number;
  align: TextAlign;
  verticalAlign: TextAlign;
}

export interface NotePrimitive extends BoxBase {
  kind: "note";
  fill: string;
  text: string;
  textColor: string;
  fontSize: number;
  align: TextAlign;
  verticalAlign: TextAlign;
}

export interface TextPrimitive extends BoxBase {
  kind: "text";
  text: string;
  color: string;
  fontSize: number;
  align: TextAlign;
}

export interface FramePrimitive extends BoxBase {
  kind: "frame";
  name: string;
  stroke: string;
  fill: string;
  headingFill: string;
}

export interface ImagePrimitive extends BoxBase {
  kind: "image";
  /** What stands in for the picture: the asset's name, or the shape type. */
  label: string;
}

export interface PolylinePrimitive extends PrimitiveBase {
  kind: "polyline";
  /** Page coordinates. */
  points: Point[];
  stroke: string;
  strokeWidth: number;
  closed: boolean;
  fill: string | null;
  arrowStart: boolean;
  arrowEnd: boolean;
}

export type ScenePrimitive =
  | GeoPrimitive
  | NotePrimitive
  | TextPrimitive
  | FramePrimitive
  | ImagePrimitive
  | PolylinePrimitive;

export interface SceneBounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface StageScene {
  stageId: StageId;
  /** "Inleven / Empathize" (one name when Dutch and English agree). */
  title: string;
  /** Axis-aligned page bounds of everything drawn, or null for an empty page. */
  bounds: SceneBounds | null;
  /** Back to front. */
  primitives: ScenePrimitive[];
}

/** A shape's page transform: where its local origin lands, its total rotation and opacity. */
export interface PageTransform {
  x: number;
  y: number;
  rotation: number;
  opacity: number;
}

/** Maps a point of a shape's local space to the page. */
export function toPage(transform: PageTransform, local: Point): Point {
  const cos = Math.cos(transform.rotation);
  const sin = Math.sin(transform.rotation);
  return {
    x: transform.x + local.x * cos - local.y * sin,
    y: transform.y + local.x * sin + local.y * cos,
  };
}

/** Text set in a box of the current coordinate system. */
export interface TextBox {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  fontSize: number;
  color: string;
  align: TextAlign;
  verticalAlign: TextAlign;
}

/** The box a note's or geo shape's label is set in, in the shape's own space. */
export function labelBox(primitive: NotePrimitive | GeoPrimitive): Omit<TextBox, "fontSize"> {
  const pad =
    primitive.kind === "note" ? primitive.w * 0.08 : Math.min(16, primitive.w / 8, primitive.h / 8);
  return {
    text: primitive.text,
    x: pad,
    y: pad,
    w: primitive.w - 2 * pad,
    h: primitive.h - 2 * pad,
    color: primitive.textColor,
    align: primitive.align,
    verticalAlign: primitive.verticalAlign,
  };
}
