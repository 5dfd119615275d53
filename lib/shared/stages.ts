/**
 * The five design-thinking stages. Each is one tldraw page of a room, in this order, with a
 * fixed page id so that every tool (server template, client, exports) agrees on it.
 */
export const STAGES = [
  { id: "empathize", pageId: "page:empathize", nl: "Inleven", en: "Empathize" },
  { id: "define", pageId: "page:define", nl: "Definiëren", en: "Define" },
  { id: "ideate", pageId: "page:ideate", nl: "Ideeën", en: "Ideate" },
  { id: "prototype", pageId: "page:prototype", nl: "Prototype", en: "Prototype" },
  { id: "test", pageId: "page:test", nl: "Testen", en: "Test" },
] as const;

export type Stage = (typeof STAGES)[number];
export type StageId = Stage["id"];
export const STAGE_IDS = STAGES.map((stage) => stage.id) as [StageId, ...StageId[]];

export function isStageId(value: unknown): value is StageId {
  return typeof value === "string" && (STAGE_IDS as readonly string[]).includes(value);
}

export function stageByPageId(pageId: string): Stage | undefined {
  return STAGES.find((stage) => stage.pageId === pageId);
}
