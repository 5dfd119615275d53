/**
 * A small builder for one stage's starter template: it hands out deterministic shape ids,
 * fractional indexes in creation order (per parent) and tldraw's default props, so each stage
 * file only says where things go and what they say.
 *
 * Pure record building: only @tldraw/tlschema, no editor, React or DOM, so the server can build
 * the starting document and tests can validate it.
 */
import {
  createShapeId,
  toRichText,
  type TLDefaultColorStyle,
  type TLDefaultFillStyle,
  type TLDefaultHorizontalAlignStyle,
  type TLDefaultSizeStyle,
  type TLDefaultVerticalAlignStyle,
  type TLDefaultDashStyle,
  type TLFrameShape,
  type TLGeoShape,
  type TLParentId,
  type TLRichText,
  type TLShape,
  type TLShapeId,
  type TLTextShape,
} from "@tldraw/tlschema";
import { STAGES, type StageId } from "@/lib/shared/stages";

/**
 * `meta` of every template shape. `template: true` lets later features find (and lock) them;
 * `slot: true` marks placeholders meant to be written in (captions, "How might we" cards), which a
 * locking feature may want to leave editable.
 */
export type TemplateShapeMeta = { template: true } | { template: true; slot: true };

/** The font of all template text: tidier than tldraw's hand-drawn default, and tells template from work. */
const TEMPLATE_FONT = "sans" as const;

/** Base-62 digits in sort order, as used by tldraw's fractional indexes (`a1` < `aA` < `aa`). */
const INDEX_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/**
 * The n-th (0-based) fractional index key: `a1`, `a2`, … `az`. Sixty-one keys per parent are far
 * more than a template needs, and fixed keys keep templates identical between rooms.
 */
export function templateIndexKey(position: number): TLShape["index"] {
  const digit = INDEX_DIGITS[position + 1];
  if (!Number.isInteger(position) || position < 0 || digit === undefined) {
    throw new RangeError(`Template index position out of range: ${position}`);
  }
  return `a${digit}` as TLShape["index"];
}

/** Plain text or prepared rich text (see `headingWithHint`). */
export type TemplateText = string | TLRichText;

function asRichText(text: TemplateText | undefined): TLRichText {
  return typeof text === "object" ? text : toRichText(text ?? "");
}

/**
 * A bold first line and plain lines under it, e.g. a quadrant's name and what goes in it.
 * Uses tldraw's rich text (TipTap JSON): one paragraph per line, `bold` mark on the heading.
 */
export function headingWithHint(heading: string, ...hints: string[]): TLRichText {
  return {
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: heading, marks: [{ type: "bold" }] }] },
      ...hints.map((hint) => ({ type: "paragraph", content: [{ type: "text", text: hint }] })),
    ],
  };
}

interface Placement {
  x: number;
  y: number;
  /** Defaults to the stage's page. */
  parentId?: TLParentId;
  slot?: boolean;
}

export interface GeoOptions extends Placement {
  w: number;
  h: number;
  text?: TemplateText;
  geo?: TLGeoShape["props"]["geo"];
  color?: TLDefaultColorStyle;
  labelColor?: TLDefaultColorStyle;
  fill?: TLDefaultFillStyle;
  dash?: TLDefaultDashStyle;
  size?: TLDefaultSizeStyle;
  align?: TLDefaultHorizontalAlignStyle;
  verticalAlign?: TLDefaultVerticalAlignStyle;
}

export interface TextOptions extends Placement {
  text: TemplateText;
  size?: TLDefaultSizeStyle;
  color?: TLDefaultColorStyle;
  textAlign?: TLTextShape["props"]["textAlign"];
  /** A fixed width makes the text wrap; without it the text sizes itself to one line per line. */
  w?: number;
}

export interface FrameOptions extends Placement {
  w: number;
  h: number;
  name: string;
  color?: TLDefaultColorStyle;
}

export interface TemplateBoard {
  readonly pageId: TLParentId;
  readonly shapes: TLShape[];
  geo(key: string, options: GeoOptions): TLGeoShape;
  text(key: string, options: TextOptions): TLTextShape;
  frame(key: string, options: FrameOptions): TLFrameShape;
}

/** Id of a template shape: `shape:<stage>-<key>`, the same in every room. */
export function templateShapeId(stageId: StageId, key: string): TLShapeId {
  return createShapeId(`${stageId}-${key}`);
}

/** Starts an empty template for one stage's page. */
export function createTemplateBoard(stageId: StageId): TemplateBoard {
  const stage = STAGES.find((candidate) => candidate.id === stageId);
  if (!stage) throw new Error(`Unknown stage: ${stageId}`);
  const pageId = stage.pageId as TLParentId;
  const shapes: TLShape[] = [];
  const childCounts = new Map<TLParentId, number>();

  function base<Type extends TLShape["type"]>(type: Type, key: string, placement: Placement) {
    const parentId = placement.parentId ?? pageId;
    const position = childCounts.get(parentId) ?? 0;
    childCounts.set(parentId, position + 1);
    const meta: TemplateShapeMeta = placement.slot
      ? { template: true, slot: true }
      : { template: true };
    return {
      id: templateShapeId(stageId, key),
      typeName: "shape" as const,
      type,
      x: placement.x,
      y: placement.y,
      rotation: 0,
      index: templateIndexKey(position),
      parentId,
      isLocked: false,
      opacity: 1,
      meta,
    };
  }

  function add<Shape extends TLShape>(shape: Shape): Shape {
    if (shapes.some((existing) => existing.id === shape.id)) {
      throw new Error(`Duplicate template shape id: ${shape.id}`);
    }
    shapes.push(shape);
    return shape;
  }

  return {
    pageId,
    shapes,
    geo(key, options) {
      return add<TLGeoShape>({
        ...base("geo", key, options),
        props: {
          geo: options.geo ?? "rectangle",
          dash: options.dash ?? "draw",
          url: "",
          w: options.w,
          h: options.h,
          growY: 0,
          scale: 1,
          flipX: false,
          flipY: false,
          labelColor: options.labelColor ?? "black",
          color: options.color ?? "grey",
          fill: options.fill ?? "none",
          size: options.size ?? "s",
          font: TEMPLATE_FONT,
          align: options.align ?? "middle",
          verticalAlign: options.verticalAlign ?? "middle",
          richText: asRichText(options.text),
        },
      });
    },
    text(key, options) {
      return add<TLTextShape>({
        ...base("text", key, options),
        props: {
          color: options.color ?? "black",
          size: options.size ?? "s",
          font: TEMPLATE_FONT,
          textAlign: options.textAlign ?? "start",
          w: options.w ?? 8,
          richText: asRichText(options.text),
          scale: 1,
          autoSize: options.w === undefined,
        },
      });
    },
    frame(key, options) {
      return add<TLFrameShape>({
        ...base("frame", key, options),
        props: { w: options.w, h: options.h, name: options.name, color: options.color ?? "black" },
      });
    },
  };
}

/** The heading every stage page starts with, at the top-left of the template. */
export function addStageTitle(board: TemplateBoard, stageId: StageId, subtitle: string): void {
  const position = STAGES.findIndex((stage) => stage.id === stageId);
  const stage = STAGES[position];
  if (!stage) throw new Error(`Unknown stage: ${stageId}`);
  const name = stage.nl === stage.en ? stage.nl : `${stage.nl} / ${stage.en}`;
  board.text("title", { x: 0, y: 0, size: "m", text: `${position + 1}. ${name}` });
  board.text("subtitle", { x: 0, y: 38, size: "s", color: "grey", text: subtitle });
}
