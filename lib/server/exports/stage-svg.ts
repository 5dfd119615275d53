/**
 * A stage page of a room as a standalone SVG (no fonts, images or scripts loaded from anywhere),
 * for the cohort overview's thumbnails and the per-cohort archive. Drawn from the stage scene.
 */
import type * as Y from "yjs";
import type { StageId } from "@/lib/shared/stages";
import { buildStageScene } from "./stage-scene";
import {
  labelBox,
  type BoxBase,
  type Point,
  type PolylinePrimitive,
  type ScenePrimitive,
} from "./scene-types";
import { escapeXml, fmt, readableFontSize, svgTextBlock } from "./svg-text";
import { wrapText } from "./text-layout";
import { LIGHT_THEME } from "./tldraw-palette";

export interface StageSvgOptions {
  /** Width in pixels; with only one of width/height the other follows the drawing's shape. */
  width?: number;
  height?: number;
  /** A heading drawn above the stage. */
  title?: string;
}

const FONT_FAMILY = "'IBM Plex Sans', 'Helvetica Neue', Arial, sans-serif";
const DEFAULT_MAX_WIDTH = 1600;
/** The drawing of an empty stage. */
const EMPTY_BOUNDS = { minX: 0, minY: 0, maxX: 1600, maxY: 900 };

function group(box: BoxBase, content: string): string {
  const rotate = box.rotation ? ` rotate(${fmt((box.rotation * 180) / Math.PI)})` : "";
  const opacity = box.opacity < 1 ? ` opacity="${fmt(box.opacity)}"` : "";
  return `<g transform="translate(${fmt(box.x)} ${fmt(box.y)})${rotate}"${opacity}>${content}</g>`;
}

function pointList(points: Point[]): string {
  return points.map((point) => `${fmt(point.x)},${fmt(point.y)}`).join(" ");
}

function arrowhead(
  from: Point | undefined,
  tip: Point | undefined,
  primitive: PolylinePrimitive,
): string {
  if (!from || !tip) return "";
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const length = Math.max(10, primitive.strokeWidth * 4);
  const side = (turn: number) => ({
    x: tip.x - length * Math.cos(angle + turn),
    y: tip.y - length * Math.sin(angle + turn),
  });
  return `<polyline points="${pointList([side(0.45), tip, side(-0.45)])}" fill="none"/>`;
}

function polylineSvg(primitive: PolylinePrimitive): string {
  const { points } = primitive;
  if (points.length === 0) return "";
  const drawn = points.length === 1 ? [points[0] as Point, points[0] as Point] : points;
  const tag = primitive.closed ? "polygon" : "polyline";
  const heads =
    (primitive.arrowEnd
      ? arrowhead(points[points.length - 2], points[points.length - 1], primitive)
      : "") + (primitive.arrowStart ? arrowhead(points[1], points[0], primitive) : "");
  const opacity = primitive.opacity < 1 ? ` opacity="${fmt(primitive.opacity)}"` : "";
  return (
    `<g stroke="${primitive.stroke}" stroke-width="${fmt(primitive.strokeWidth)}" stroke-linecap="round" stroke-linejoin="round"${opacity}>` +
    `<${tag} points="${pointList(drawn)}" fill="${primitive.fill ?? "none"}"/>${heads}</g>`
  );
}

/**
 * One primitive as SVG. `pixelsPerUnit` is the drawing's scale (small renders get readable
 * text); frame names are at most `maxNameSize` tall so they stay inside the margin.
 */
function primitiveSvg(
  primitive: ScenePrimitive,
  pixelsPerUnit: number,
  maxNameSize: number,
): string {
  // Outlines keep at least one pixel when the drawing is shrunk to a thumbnail.
  const hairline = (width: number) =>
    `stroke-width="${fmt(Math.max(1, width * pixelsPerUnit))}" vector-effect="non-scaling-stroke"`;
  switch (primitive.kind) {
    case "note": {
      const label = labelBox(primitive);
      const { text, fontSize } = primitive;
      const size = readableFontSize(text, fontSize, label.w, label.h, pixelsPerUnit);
      return group(
        primitive,
        `<rect width="${fmt(primitive.w)}" height="${fmt(primitive.h)}" rx="2" fill="${primitive.fill}" stroke="${LIGHT_THEME.noteBorder}" stroke-width="1"/>` +
          svgTextBlock({ ...label, fontSize: size, pixelsPerUnit }),
      );
    }
    case "geo": {
      const { w, h } = primitive;
      const paint = `fill="${primitive.fill ?? "none"}" stroke="${primitive.stroke}" ${hairline(primitive.strokeWidth)}${primitive.dashed ? ' stroke-dasharray="6 4"' : ""}`;
      const outline =
        primitive.outline === "ellipse"
          ? `<ellipse cx="${fmt(w / 2)}" cy="${fmt(h / 2)}" rx="${fmt(w / 2)}" ry="${fmt(h / 2)}" ${paint}/>`
          : primitive.outline === "polygon" && primitive.polygon
            ? `<polygon points="${pointList(primitive.polygon)}" ${paint}/>`
            : `<rect width="${fmt(w)}" height="${fmt(h)}" ${paint}/>`;
      const label = svgTextBlock({
        ...labelBox(primitive),
        fontSize: primitive.fontSize,
        pixelsPerUnit,
      });
      return group(primitive, outline + label);
    }
    case "text":
      return group(
        primitive,
        svgTextBlock({
          ...primitive,
          x: 0,
          y: 0,
          h: primitive.h + primitive.fontSize,
          verticalAlign: "start",
          pixelsPerUnit,
        }),
      );
    case "frame": {
      const nameSize = Math.min(maxNameSize, Math.max(12, 10 / pixelsPerUnit));
      const name = wrapText(primitive.name, primitive.w, nameSize, 1)[0] ?? "";
      return group(
        primitive,
        `<rect width="${fmt(primitive.w)}" height="${fmt(primitive.h)}" fill="${primitive.fill}" stroke="${primitive.stroke}" ${hairline(1)}/>` +
          `<text y="${fmt(-nameSize * 0.4)}" font-size="${fmt(nameSize)}" fill="${LIGHT_THEME.text}">${escapeXml(name)}</text>`,
      );
    }
    case "image":
      return group(
        primitive,
        `<rect width="${fmt(primitive.w)}" height="${fmt(primitive.h)}" fill="#eceef0" stroke="#9fa8b2" stroke-dasharray="6 4" ${hairline(1)}/>` +
          svgTextBlock({
            text: primitive.label,
            x: 8,
            y: 8,
            w: primitive.w - 16,
            h: primitive.h - 16,
            fontSize: Math.max(14, 10 / pixelsPerUnit),
            color: "#5f6369",
            align: "middle",
            verticalAlign: "middle",
          }),
      );
    case "polyline":
      return polylineSvg(primitive);
  }
}

/**
 * The stage `stageId` of a room document as a standalone SVG document. The view box fits the
 * drawn content with a margin (an empty stage gives a blank 16:9 page); text is escaped, wrapped
 * to its note or shape and enlarged where a small render would make it unreadable. Without a
 * size the SVG is as wide as the content, at most 1600 px.
 */
export function renderStageSvg(
  doc: Y.Doc,
  stageId: StageId,
  options: StageSvgOptions = {},
): string {
  const scene = buildStageScene(doc, stageId);
  const content = scene.bounds ?? EMPTY_BOUNDS;
  const contentW = Math.max(1, content.maxX - content.minX);
  const contentH = Math.max(1, content.maxY - content.minY);
  const margin = Math.max(40, 0.04 * Math.max(contentW, contentH));
  const titleSize = options.title ? Math.max(24, 0.035 * (contentW + 2 * margin)) : 0;
  const header = titleSize * 1.8;
  const viewBox = {
    x: content.minX - margin,
    y: content.minY - margin - header,
    w: contentW + 2 * margin,
    h: contentH + 2 * margin + header,
  };
  const aspect = viewBox.h / viewBox.w;
  const width =
    options.width ??
    (options.height ? options.height / aspect : Math.min(viewBox.w, DEFAULT_MAX_WIDTH));
  const height = options.height ?? width * aspect;
  const pixelsPerUnit = Math.min(width / viewBox.w, height / viewBox.h);

  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(width)}" height="${fmt(height)}" viewBox="${fmt(viewBox.x)} ${fmt(viewBox.y)} ${fmt(viewBox.w)} ${fmt(viewBox.h)}" font-family="${escapeXml(FONT_FAMILY)}" role="img">`,
    `<title>${escapeXml(options.title ?? scene.title)}</title>`,
    `<rect x="${fmt(viewBox.x)}" y="${fmt(viewBox.y)}" width="${fmt(viewBox.w)}" height="${fmt(viewBox.h)}" fill="${LIGHT_THEME.background}"/>`,
  ];
  if (options.title) {
    parts.push(
      `<text x="${fmt(content.minX)}" y="${fmt(viewBox.y + margin / 2 + titleSize)}" font-size="${fmt(titleSize)}" font-weight="600" fill="${LIGHT_THEME.text}">${escapeXml(options.title)}</text>`,
    );
  }
  for (const primitive of scene.primitives)
    parts.push(primitiveSvg(primitive, pixelsPerUnit, margin * 0.7));
  parts.push("</svg>");
  return parts.join("");
}
