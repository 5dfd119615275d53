/**
 * Text wrapping without a font engine, for the SVG drawing and for estimating a text shape's
 * height in the scene. Widths are estimated from an average glyph width (IBM Plex Sans, the font
 * of the exports, averages about 0.55 em over Dutch text); the PDF wraps with the font's real
 * metrics instead.
 */
const AVERAGE_GLYPH_EM = 0.55;

/** Line height as a multiple of the font size (tldraw's theme uses 1.35). */
export const LINE_HEIGHT = 1.35;

/** Estimated width of `text` at `fontSize`. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * AVERAGE_GLYPH_EM;
}

/**
 * Breaks text into lines no wider than `maxWidth` (estimated): at newlines, between words, and
 * inside words longer than a line. With `maxLines`, the last kept line ends in "…".
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines = Number.POSITIVE_INFINITY,
): string[] {
  const maxChars = Math.max(1, Math.floor(maxWidth / (fontSize * AVERAGE_GLYPH_EM)));
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let rest = word;
      while (rest.length > maxChars) {
        if (line) lines.push(line);
        lines.push(rest.slice(0, maxChars));
        rest = rest.slice(maxChars);
        line = "";
      }
      if (!line) line = rest;
      else if (line.length + 1 + rest.length <= maxChars) line += ` ${rest}`;
      else {
        lines.push(line);
        line = rest;
      }
    }
    lines.push(line);
    if (lines.length > maxLines) break;
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept[kept.length - 1] ?? "";
  kept[kept.length - 1] = `${last.slice(0, Math.max(0, maxChars - 1))}…`;
  return kept;
}

/** Estimated height of wrapped text (tldraw stores a text shape's width, not its height). */
export function estimateTextHeight(text: string, width: number, fontSize: number): number {
  return Math.max(1, wrapText(text, width, fontSize).length) * fontSize * LINE_HEIGHT;
}

/** Where content of `size` starts in a span [start, start + room] for an alignment. */
export function alignStart(
  align: "start" | "middle" | "end",
  start: number,
  room: number,
  size: number,
): number {
  if (align === "start") return start;
  return align === "end" ? start + room - size : start + (room - size) / 2;
}
