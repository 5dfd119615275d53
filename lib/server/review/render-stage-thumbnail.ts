import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { loadRoomDoc } from "@/lib/server/exports/load-room-doc";
import { renderStageSvg, type StageSvgOptions } from "@/lib/server/exports/stage-svg";
import type { StageId } from "@/lib/shared/stages";

/** Size of the overview's thumbnails (4:3, drawn at twice the shown size for sharp screens). */
export const THUMBNAIL_WIDTH = 320;
export const THUMBNAIL_HEIGHT = 240;

/** One stage of a room as it is stored now, as a small standalone SVG (for a caller that checked access). */
export function renderStageThumbnail(
  roomId: string,
  stageId: StageId,
  prisma: DbClient = getPrisma(),
): Promise<string> {
  return renderStoredStage(
    roomId,
    stageId,
    { width: THUMBNAIL_WIDTH, height: THUMBNAIL_HEIGHT },
    prisma,
  );
}

/** The stage at its own size (the content's, up to 1600 px wide): the export and the archive. */
export function renderStageDrawing(
  roomId: string,
  stageId: StageId,
  title: string,
  prisma: DbClient = getPrisma(),
): Promise<string> {
  return renderStoredStage(roomId, stageId, { title }, prisma);
}

async function renderStoredStage(
  roomId: string,
  stageId: StageId,
  options: StageSvgOptions,
  prisma: DbClient,
): Promise<string> {
  const doc = await loadRoomDoc(roomId, prisma);
  try {
    return renderStageSvg(doc, stageId, options);
  } finally {
    doc.destroy();
  }
}
