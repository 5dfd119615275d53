/**
 * One stage page of a room as a plain "scene": drawing primitives in page coordinates and in
 * tldraw's z-order, with tldraw's light-theme colours resolved. The SVG thumbnail and the PDF
 * report both draw from it, so neither needs tldraw's editor, React or a DOM.
 */
import type * as Y from "yjs";
import { STAGES, type StageId } from "@/lib/shared/stages";
import { readRecords } from "./notes-csv";
import { shapePrimitives, type LooseBinding, type LooseShape } from "./scene-shapes";
import {
  toPage,
  type BoxBase,
  type PageTransform,
  type Point,
  type SceneBounds,
  type ScenePrimitive,
  type StageScene,
} from "./scene-types";

export type * from "./scene-types";

/** Deeper nesting than this is treated as a cycle and not drawn. */
const MAX_DEPTH = 50;

/** tldraw sorts siblings by their fractional index key, compared as plain strings. */
function byIndex(a: LooseShape, b: LooseShape): number {
  const left = a.index ?? "";
  const right = b.index ?? "";
  if (left !== right) return left < right ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function num(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

/** The four page corners of a box primitive. */
function boxCorners(box: BoxBase): Point[] {
  const transform = { x: box.x, y: box.y, rotation: box.rotation, opacity: 1 };
  return [
    { x: 0, y: 0 },
    { x: box.w, y: 0 },
    { x: box.w, y: box.h },
    { x: 0, y: box.h },
  ].map((corner) => toPage(transform, corner));
}

function sceneBounds(primitives: ScenePrimitive[]): SceneBounds | null {
  let bounds: SceneBounds | null = null;
  for (const primitive of primitives) {
    const isLine = primitive.kind === "polyline";
    const points = isLine ? primitive.points : boxCorners(primitive);
    const pad = isLine ? primitive.strokeWidth / 2 : 0;
    for (const point of points) {
      bounds ??= { minX: point.x, minY: point.y, maxX: point.x, maxY: point.y };
      bounds.minX = Math.min(bounds.minX, point.x - pad);
      bounds.minY = Math.min(bounds.minY, point.y - pad);
      bounds.maxX = Math.max(bounds.maxX, point.x + pad);
      bounds.maxY = Math.max(bounds.maxY, point.y + pad);
    }
  }
  return bounds;
}

/** "Inleven / Empathize" (one name when Dutch and English agree). */
export function stageTitle(stageId: StageId): string {
  const stage = STAGES.find((candidate) => candidate.id === stageId);
  if (!stage) throw new Error(`Unknown stage: ${stageId}`);
  return stage.nl === stage.en ? stage.nl : `${stage.nl} / ${stage.en}`;
}

/**
 * The scene of one stage page of a room document: every shape on the page, those nested in
 * frames and groups included (their parent-relative position and rotation resolved to the
 * page), back to front as tldraw draws them: siblings by index, a parent under its children.
 */
export function buildStageScene(doc: Y.Doc, stageId: StageId): StageScene {
  const pageId = STAGES.find((stage) => stage.id === stageId)?.pageId;
  if (!pageId) throw new Error(`Unknown stage: ${stageId}`);
  const records = readRecords(doc);
  const children = new Map<string, LooseShape[]>();
  const bindingsFrom = new Map<string, LooseBinding[]>();
  for (const record of records.values()) {
    const binding = record as LooseBinding;
    if (binding.typeName === "binding" && binding.fromId) {
      bindingsFrom.set(binding.fromId, [...(bindingsFrom.get(binding.fromId) ?? []), binding]);
    }
    if (record.typeName !== "shape" || !record.parentId) continue;
    const siblings = children.get(record.parentId) ?? [];
    siblings.push(record as LooseShape);
    children.set(record.parentId, siblings);
  }

  // First every page transform (arrows bound to a shape drawn later need its transform)...
  const ordered: LooseShape[] = [];
  const transforms = new Map<string, PageTransform>();
  const visit = (parentId: string, parent: PageTransform, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    for (const shape of (children.get(parentId) ?? []).sort(byIndex)) {
      const origin = toPage(parent, { x: num(shape.x), y: num(shape.y) });
      const opacity = typeof shape.opacity === "number" ? shape.opacity : 1;
      transforms.set(shape.id, {
        ...origin,
        rotation: parent.rotation + num(shape.rotation),
        opacity: parent.opacity * opacity,
      });
      ordered.push(shape);
      visit(shape.id, transforms.get(shape.id) as PageTransform, depth + 1);
    }
  };
  visit(pageId, { x: 0, y: 0, rotation: 0, opacity: 1 }, 0);

  // ...then the primitives, in drawing order.
  const context = { records, transforms, bindingsFrom };
  const primitives = ordered.flatMap((shape) =>
    shapePrimitives(shape, transforms.get(shape.id) as PageTransform, context),
  );
  return { stageId, title: stageTitle(stageId), bounds: sceneBounds(primitives), primitives };
}
