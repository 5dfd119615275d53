/**
 * The starting content of every room: the document record, one page per design-thinking stage
 * (fixed ids, in stage order) and each stage's starter template. Deterministic: two rooms get
 * identical records, so template shape ids can be referred to by later features.
 */
import {
  TLDOCUMENT_ID,
  type TLDocument,
  type TLPage,
  type TLPageId,
  type TLRecord,
  type TLShape,
} from "@tldraw/tlschema";
import { STAGES, type StageId } from "@/lib/shared/stages";
import { buildDefineTemplate } from "./define";
import { buildEmpathizeTemplate } from "./empathize";
import { buildIdeateTemplate } from "./ideate";
import { buildPrototypeTemplate } from "./prototype";
import { templateIndexKey } from "./template-board";
import { buildTestTemplate } from "./test";

export { templateShapeId, type TemplateShapeMeta } from "./template-board";

/** Builds each stage's template shapes (fresh objects on every call). */
export const STAGE_TEMPLATES: Record<StageId, () => TLShape[]> = {
  empathize: buildEmpathizeTemplate,
  define: buildDefineTemplate,
  ideate: buildIdeateTemplate,
  prototype: buildPrototypeTemplate,
  test: buildTestTemplate,
};

/** The five stage pages, named "Dutch / English", with fractional indexes in stage order. */
export function buildStagePages(): TLPage[] {
  return STAGES.map((stage, position) => ({
    id: stage.pageId as TLPageId,
    typeName: "page",
    name: stage.nl === stage.en ? stage.nl : `${stage.nl} / ${stage.en}`,
    index: templateIndexKey(position),
    meta: { stage: stage.id },
  }));
}

/** tldraw's single document record. */
export function buildDocumentRecord(): TLDocument {
  return { id: TLDOCUMENT_ID, typeName: "document", gridSize: 10, name: "", meta: {} };
}

/** Every record of a new room: the document, the five pages, then all template shapes. */
export function buildInitialRecords(): TLRecord[] {
  return [
    buildDocumentRecord(),
    ...buildStagePages(),
    ...STAGES.flatMap((stage) => STAGE_TEMPLATES[stage.id]()),
  ];
}

/** True for shapes that came from a stage template (`meta.template === true`). */
export function isTemplateShape(shape: Pick<TLShape, "meta">): boolean {
  return shape.meta.template === true;
}
