/**
 * Draws a stage scene into a box of a PDFKit page, as vectors and real (searchable) text.
 */
import {
  labelBox,
  type BoxBase,
  type Point,
  type ScenePrimitive,
  type StageScene,
  type TextAlign,
  type TextBox,
} from "./scene-types";
import type { Pdf } from "./pdf-layout";
import { readableFontSize } from "./svg-text";
import { alignStart } from "./text-layout";
import { LIGHT_THEME } from "./tldraw-palette";

export interface PdfBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Frame names on paper (points); drawStageScene leaves room above the drawing for them. */
const FRAME_NAME_PT = 8;
/** Outlines never get thinner than this on paper (points). */
const MIN_LINE_PT = 0.4;

const PDF_ALIGN: Record<TextAlign, "left" | "center" | "right"> = {
  start: "left",
  middle: "center",
  end: "right",
};

/** Wrapped text in a box, cut off with an ellipsis where the box ends. */
function drawText(pdf: Pdf, spec: TextBox): void {
  if (!spec.text.trim() || spec.w <= 0 || spec.h <= 0) return;
  pdf.fontSize(spec.fontSize).fillColor(spec.color).fillOpacity(1);
  const options = { width: spec.w, align: PDF_ALIGN[spec.align], lineGap: 0 };
  const textHeight = Math.min(spec.h, pdf.heightOfString(spec.text, options));
  const top = alignStart(spec.verticalAlign, spec.y, spec.h, textHeight);
  pdf.text(spec.text, spec.x, top, { ...options, height: spec.h - (top - spec.y), ellipsis: true });
}

function withBox(pdf: Pdf, box: BoxBase, draw: () => void): void {
  pdf.save();
  pdf.translate(box.x, box.y);
  if (box.rotation) pdf.rotate((box.rotation * 180) / Math.PI, { origin: [0, 0] });
  if (box.opacity < 1) pdf.opacity(box.opacity);
  draw();
  pdf.restore();
}

function pairs(points: Point[]): [number, number][] {
  return points.map((point) => [point.x, point.y]);
}

function arrowhead(
  pdf: Pdf,
  from: Point | undefined,
  tip: Point | undefined,
  length: number,
): void {
  if (!from || !tip) return;
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const side = (turn: number): [number, number] => [
    tip.x - length * Math.cos(angle + turn),
    tip.y - length * Math.sin(angle + turn),
  ];
  pdf
    .moveTo(...side(0.45))
    .lineTo(tip.x, tip.y)
    .lineTo(...side(-0.45))
    .stroke();
}

function drawPrimitive(pdf: Pdf, primitive: ScenePrimitive, pointsPerUnit: number): void {
  const minLine = MIN_LINE_PT / pointsPerUnit;
  switch (primitive.kind) {
    case "note":
      return withBox(pdf, primitive, () => {
        pdf.rect(0, 0, primitive.w, primitive.h).lineWidth(minLine / 2);
        pdf.fillAndStroke(primitive.fill, LIGHT_THEME.noteBorder);
        const label = labelBox(primitive);
        const { text, fontSize } = primitive;
        const size = readableFontSize(text, fontSize, label.w, label.h, pointsPerUnit);
        drawText(pdf, { ...label, fontSize: size });
      });
    case "geo":
      return withBox(pdf, primitive, () => {
        const { w, h } = primitive;
        if (primitive.outline === "ellipse") pdf.ellipse(w / 2, h / 2, w / 2, h / 2);
        else if (primitive.outline === "polygon" && primitive.polygon)
          pdf.polygon(...pairs(primitive.polygon));
        else pdf.rect(0, 0, w, h);
        pdf.lineWidth(Math.max(minLine, primitive.strokeWidth));
        if (primitive.dashed)
          pdf.dash(primitive.strokeWidth * 3, { space: primitive.strokeWidth * 2 });
        if (primitive.fill) pdf.fillAndStroke(primitive.fill, primitive.stroke);
        else pdf.stroke(primitive.stroke);
        pdf.undash();
        drawText(pdf, { ...labelBox(primitive), fontSize: primitive.fontSize });
      });
    case "text":
      return withBox(pdf, primitive, () =>
        drawText(pdf, { ...primitive, x: 0, y: 0, h: primitive.h * 1.5, verticalAlign: "start" }),
      );
    case "frame":
      return withBox(pdf, primitive, () => {
        pdf.rect(0, 0, primitive.w, primitive.h).lineWidth(minLine);
        pdf.fillAndStroke(primitive.fill, primitive.stroke);
        const nameSize = FRAME_NAME_PT / pointsPerUnit;
        pdf.fontSize(nameSize).fillColor(LIGHT_THEME.text);
        pdf.text(primitive.name, 0, -nameSize * 1.4, {
          width: primitive.w,
          height: nameSize * 1.3,
          ellipsis: true,
          lineBreak: false,
        });
      });
    case "image":
      return withBox(pdf, primitive, () => {
        pdf.rect(0, 0, primitive.w, primitive.h).lineWidth(minLine).dash(6, { space: 4 });
        pdf.fillAndStroke("#eceef0", "#9fa8b2").undash();
        const label = {
          text: primitive.label,
          x: 8,
          y: 8,
          w: primitive.w - 16,
          h: primitive.h - 16,
        };
        drawText(pdf, {
          ...label,
          fontSize: Math.max(14, 7 / pointsPerUnit),
          color: "#5f6369",
          align: "middle",
          verticalAlign: "middle",
        });
      });
    case "polyline": {
      const [first, ...rest] = primitive.points;
      if (!first) return;
      pdf.save();
      if (primitive.opacity < 1) pdf.opacity(primitive.opacity);
      pdf.lineWidth(Math.max(minLine, primitive.strokeWidth)).lineCap("round").lineJoin("round");
      pdf.moveTo(first.x, first.y);
      for (const point of rest.length ? rest : [first]) pdf.lineTo(point.x, point.y);
      if (primitive.closed) pdf.closePath();
      if (primitive.fill) pdf.fillAndStroke(primitive.fill, primitive.stroke);
      else pdf.stroke(primitive.stroke);
      const head = Math.max(10, primitive.strokeWidth * 4);
      const points = primitive.points;
      if (primitive.arrowEnd)
        arrowhead(pdf, points[points.length - 2], points[points.length - 1], head);
      if (primitive.arrowStart) arrowhead(pdf, points[1], points[0], head);
      pdf.restore();
      return;
    }
  }
}

/**
 * Draws the scene into `box` (PDF points), scaled to fit and centred; an empty stage gets a
 * short note instead. The current font must be set by the caller.
 */
export function drawStageScene(pdf: Pdf, scene: StageScene, box: PdfBox, emptyText: string): void {
  const bounds = scene.bounds;
  if (!bounds) {
    pdf
      .fontSize(12)
      .fillColor("#5f6369")
      .text(emptyText, box.x, box.y + box.h / 3, { width: box.w, align: "center" });
    return;
  }
  const headroom = FRAME_NAME_PT * 1.5;
  const contentW = Math.max(1, bounds.maxX - bounds.minX);
  const contentH = Math.max(1, bounds.maxY - bounds.minY);
  const scale = Math.min(box.w / contentW, (box.h - headroom) / contentH);
  pdf.save();
  pdf.rect(box.x, box.y, box.w, box.h).clip();
  const top = box.y + headroom + (box.h - headroom - contentH * scale) / 2;
  pdf.translate(box.x + (box.w - contentW * scale) / 2, top);
  pdf.scale(scale);
  pdf.translate(-bounds.minX, -bounds.minY);
  for (const primitive of scene.primitives) drawPrimitive(pdf, primitive, scale);
  pdf.restore();
}
