/**
 * Text in the stage SVG: escaping, wrapped lines in a box, and the font size that keeps a note
 * readable when the drawing is shrunk to a thumbnail.
 */
import { alignStart, estimateTextWidth, LINE_HEIGHT, wrapText } from "./text-layout";
import type { TextBox } from "./scene-types";

/** Rendered text smaller than this many pixels gets enlarged, where it fits. */
const MIN_READABLE_PX = 8;
/** Text that would still render smaller than this is drawn as grey bars ("greeked"). */
const MIN_LEGIBLE_PX = 3;
const ENLARGE_STEPS = [4, 3, 2.5, 2, 1.6, 1.3];

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text safe inside an SVG element or attribute. Strips characters XML does not allow. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** A number with at most one decimal, as short as SVG allows. */
export function fmt(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * The font size for text in a w × h box: the shape's own size, or, when the drawing's scale
 * would render that below a readable size, the largest enlargement whose wrapped lines still fit.
 */
export function readableFontSize(
  text: string,
  fontSize: number,
  w: number,
  h: number,
  pixelsPerUnit: number,
): number {
  if (fontSize * pixelsPerUnit >= MIN_READABLE_PX || !text.trim()) return fontSize;
  for (const factor of ENLARGE_STEPS) {
    const size = fontSize * factor;
    if (size * pixelsPerUnit > MIN_READABLE_PX * 2) continue;
    if (wrapText(text, w, size).length * size * LINE_HEIGHT <= h) return size;
  }
  return fontSize;
}

export interface SvgTextBox extends TextBox {
  /** The drawing's scale; text too small to read at it becomes bars. Default 1. */
  pixelsPerUnit?: number;
}

/** Lines too small to read, as bars of their length: keeps thumbnails of big boards small. */
function greekedLines(box: SvgTextBox, lines: string[], top: number, lineHeight: number): string {
  const bars = lines.slice(0, 4).map((line, i) => {
    const width = Math.min(box.w, estimateTextWidth(line, box.fontSize));
    const x = alignStart(box.align, box.x, box.w, width);
    return `<rect x="${fmt(x)}" y="${fmt(top + i * lineHeight + box.fontSize * 0.3)}" width="${fmt(width)}" height="${fmt(box.fontSize * 0.7)}"/>`;
  });
  return `<g fill="${box.color}" opacity="0.35">${bars.join("")}</g>`;
}

/** A `<text>` element with one `<tspan>` per wrapped line, cut off (…) where the box ends. */
export function svgTextBlock(box: SvgTextBox): string {
  if (!box.text.trim()) return "";
  const lineHeight = box.fontSize * LINE_HEIGHT;
  const maxLines = Math.max(1, Math.floor(box.h / lineHeight));
  const lines = wrapText(box.text, box.w, box.fontSize, maxLines);
  const blockHeight = lines.length * lineHeight;
  const top = alignStart(box.verticalAlign, box.y, box.h, blockHeight);
  if (box.fontSize * (box.pixelsPerUnit ?? 1) < MIN_LEGIBLE_PX) {
    return greekedLines(box, lines, top, lineHeight);
  }
  const x = alignStart(box.align, box.x, box.w, 0);
  const spans = lines
    .map(
      (line, i) =>
        `<tspan x="${fmt(x)}" y="${fmt(top + i * lineHeight + box.fontSize)}">${escapeXml(line)}</tspan>`,
    )
    .join("");
  return `<text font-size="${fmt(box.fontSize)}" fill="${box.color}" text-anchor="${box.align}">${spans}</text>`;
}
