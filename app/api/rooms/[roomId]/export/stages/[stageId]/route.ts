import { assertExportAccess, attachmentHeader } from "@/lib/server/exports/assert-export-access";
import { handleRoute, type RoomRouteContext } from "@/lib/server/http/route-frame";
import { StageRouteParams, svgResponse } from "@/lib/server/http/svg-response";
import { renderStageDrawing } from "@/lib/server/review/render-stage-thumbnail";
import { STAGES } from "@/lib/shared/stages";

export const dynamic = "force-dynamic";

/**
 * A stage of the room as it is stored now, as an SVG file at its own size with the stage's name
 * on top (the cohort archive holds one per stage). Drawn by the server; the review page offers
 * tldraw's own PNG/SVG of the version on screen.
 */
export async function GET(_request: Request, context: RoomRouteContext<{ roomId: string; stageId: string }>) {
  const options = { route: "export-stage", paramsSchema: StageRouteParams };
  return handleRoute(context, options, async (user, { roomId, stageId }) => {
    const { roomName } = await assertExportAccess(user, roomId);
    const position = STAGES.findIndex((stage) => stage.id === stageId) + 1;
    const stage = STAGES[position - 1]!;
    const svg = await renderStageDrawing(roomId, stageId, `${position}. ${stage.nl} / ${stage.en}`);
    return svgResponse(svg, {
      "content-disposition": attachmentHeader(roomName, `${position}-${stageId}.svg`),
    });
  });
}
