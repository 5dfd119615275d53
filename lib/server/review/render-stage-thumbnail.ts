import { getPrisma, type DbClient } from "@/lib/server/db/client";
import { loadRoomDoc } from "@/lib/server/exports/load-room-doc";
import { renderStageSvg } from "@/lib/server/exports/stage-svg";
import type { StageId } from "@/lib/shared/stages";

/** Size of the overview's thumbnails (4:3, drawn at twice the shown size for sharp screens). */
export const THUMBNAIL_WIDTH = 320;
export const THUMBNAIL_HEIGHT = 240;

/** One stage of a room as it is stored now, as a small standalone SVG (for a caller that checked access). */
export async function renderStageThumbnail(
  roomId: string,
  stageId: StageId,
  prisma: DbClient = getPrisma(),
): Promise<string> {
  const doc = await loadRoomDoc(roomId, prisma);
  try {
    return renderStageSvg(doc, stageId, { width: THUMBNAIL_WIDTH, height: THUMBNAIL_HEIGHT });
  } finally {
    doc.destroy();
  }
}
