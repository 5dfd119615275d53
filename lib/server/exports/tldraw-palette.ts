/**
 * tldraw's default light theme, the part a drawing of the board needs. The values are copied from
 * `DEFAULT_THEME.colors.light` in @tldraw/editor 5.4.2
 * (dist-cjs/lib/editor/managers/ThemeManager/defaultThemes.js): that module cannot be imported
 * here, because @tldraw/editor pulls in React and keeps the Node process alive.
 * tests/unit/tldraw-palette.test.ts compares this map with tldraw's, so an upgrade that changes
 * the palette fails a test instead of drifting silently.
 */
export interface PaletteColor {
  /** Strokes, text and lines. */
  solid: string;
  /** Fill "solid" (a light tint). */
  semi: string;
  /** Fill "fill" and "pattern" (the strong colour). */
  fill: string;
  noteFill: string;
  frameStroke: string;
  frameHeadingFill: string;
  frameFill: string;
}

export const LIGHT_THEME = {
  text: "#000000",
  background: "#f9fafb",
  /** Fill "semi": tldraw paints it with the theme's `solid`, not the shape's colour. */
  solid: "#fcfffe",
  /** tldraw writes rgb(144, 144, 144); hex, because PDFKit reads only hex and names. */
  noteBorder: "#909090",
} as const;

type Entry = [string, string, string, string, string, string, string];
// [solid, semi, fill, noteFill, frameStroke, frameHeadingFill, frameFill]
const ENTRIES: Record<string, Entry> = {
  black: ["#1d1d1d", "#e8e8e8", "#1d1d1d", "#FCE19C", "#717171", "#ffffff", "#ffffff"],
  grey: ["#9fa8b2", "#eceef0", "#9fa8b2", "#C0CAD3", "#aaaaab", "#fbfcfc", "#fcfcfd"],
  "light-violet": ["#e085f4", "#f5eafa", "#e085f4", "#DFB0F9", "#e59bf5", "#fefaff", "#fefbff"],
  violet: ["#ae3ec9", "#ecdcf2", "#ae3ec9", "#DB91FD", "#bc62d3", "#fcf7fd", "#fdf9fd"],
  blue: ["#4465e9", "#dce1f8", "#4465e9", "#8AA3FF", "#6681ec", "#f9fafe", "#f9fafe"],
  "light-blue": ["#4ba1f1", "#ddedfa", "#4ba1f1", "#9BC4FD", "#6cb2f3", "#f8fbfe", "#fafcff"],
  yellow: ["#f1ac4b", "#f9f0e6", "#f1ac4b", "#FED49A", "#f3bb6c", "#fefcf8", "#fffdfa"],
  orange: ["#e16919", "#f8e2d4", "#e16919", "#FAA475", "#e68544", "#fef9f6", "#fef9f6"],
  green: ["#099268", "#d3e9e3", "#099268", "#6FC896", "#37a684", "#f8fcfa", "#f8fcfa"],
  "light-green": ["#4cb05e", "#dbf0e0", "#4cb05e", "#98D08A", "#6dbe7c", "#f8fcf9", "#fafdfa"],
  "light-red": ["#f87777", "#f4dadb", "#f87777", "#F7A5A1", "#f89090", "#fffafa", "#fffbfb"],
  red: ["#e03131", "#f4dadb", "#e03131", "#FC8282", "#e55757", "#fef7f7", "#fef9f9"],
  white: ["#FFFFFF", "#f5f5f5", "#FFFFFF", "#FFFFFF", "#7d7d7d", "#ffffff", "#ffffff"],
};

export const PALETTE: Readonly<Record<string, PaletteColor>> = Object.fromEntries(
  Object.entries(ENTRIES).map(
    ([name, [solid, semi, fill, noteFill, frameStroke, frameHeadingFill, frameFill]]) => [
      name,
      { solid, semi, fill, noteFill, frameStroke, frameHeadingFill, frameFill },
    ],
  ),
);

/** The palette entry of a tldraw colour style; unknown names (custom colours) read as black. */
export function paletteColor(name: unknown): PaletteColor {
  return (typeof name === "string" ? PALETTE[name] : undefined) ?? (PALETTE.black as PaletteColor);
}

/** The fill colour of a geo/draw shape's `fill` style, or null for no fill (tldraw's rule). */
export function fillColor(fill: unknown, color: unknown): string | null {
  const entry = paletteColor(color);
  switch (fill) {
    case "semi":
      return LIGHT_THEME.solid;
    case "solid":
      return entry.semi;
    case "fill":
    case "pattern":
    case "lined-fill":
      return entry.fill;
    default:
      return null;
  }
}
