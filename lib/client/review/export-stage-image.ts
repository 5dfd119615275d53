"use client";
/**
 * PNG or SVG of the stage on screen, drawn by tldraw itself in the browser (the same renderer
 * as the canvas, fonts included from this server), and handed to the person as a download.
 */
import type { Editor } from "tldraw";

export type StageImageFormat = "png" | "svg";

/** Renders every shape of the current page; throws "empty" when the stage has none. */
export async function renderStageImage(editor: Editor, format: StageImageFormat): Promise<Blob> {
  const shapeIds = [...editor.getCurrentPageShapeIds()];
  if (shapeIds.length === 0) throw new Error("empty");
  const options = { background: true, padding: 32 } as const;
  if (format === "svg") {
    const result = await editor.getSvgString(shapeIds, options);
    if (!result) throw new Error("empty");
    return new Blob([result.svg], { type: "image/svg+xml" });
  }
  const { blob } = await editor.toImage(shapeIds, { ...options, format: "png", pixelRatio: 2 });
  return blob;
}

/** Saves `blob` under `fileName` through the browser's download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
