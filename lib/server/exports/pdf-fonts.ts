/**
 * The fonts of the PDF report: IBM Plex Sans (medium and bold), the "sans" font tldraw ships in
 * @tldraw/assets and the app serves from public/tldraw/fonts. It covers Dutch accents, curly
 * quotes and dashes, and nothing is fetched from the network. tldraw ships only WOFF2, whose
 * transformed glyph tables fontkit cannot subset (foliojs/fontkit#201), so the files are turned
 * back into TrueType once per process with wawoff2 (Google's woff2 decoder).
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { decompress } from "wawoff2";

export interface ReportFonts {
  regular: Buffer;
  bold: Buffer;
}

const FONT_FILES = { regular: "IBMPlexSans-Medium.woff2", bold: "IBMPlexSans-Bold.woff2" };

/** Where the app's copy of tldraw's fonts lives: the served copy, else the package itself. */
function fontPath(file: string): string {
  const candidates = [
    path.join(process.cwd(), "public", "tldraw", "fonts", file),
    path.join(process.cwd(), "node_modules", "@tldraw", "assets", "fonts", file),
  ];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`Font ${file} not found (looked in ${candidates.join(", ")})`);
  return found;
}

async function loadTrueType(file: string): Promise<Buffer> {
  const woff2 = await readFile(fontPath(file));
  // Copy at once: wawoff2 may hand back a view of its WebAssembly memory, reused by the next call.
  return Buffer.from(await decompress(woff2));
}

/** One after the other, for the same reason. */
async function loadFonts(): Promise<ReportFonts> {
  const regular = await loadTrueType(FONT_FILES.regular);
  const bold = await loadTrueType(FONT_FILES.bold);
  return { regular, bold };
}

let cached: Promise<ReportFonts> | null = null;

/** The report's fonts as TrueType, decoded on first use (about 50 ms) and kept. */
export function loadReportFonts(): Promise<ReportFonts> {
  cached ??= loadFonts();
  cached.catch(() => {
    cached = null;
  });
  return cached;
}
