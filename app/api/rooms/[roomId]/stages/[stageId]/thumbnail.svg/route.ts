import { assertExportAccess } from "@/lib/server/exports/assert-export-access";
import { handleRoute, type RoomRouteContext } from "@/lib/server/http/route-frame";
import { StageRouteParams, svgResponse } from "@/lib/server/http/svg-response";
import { renderStageThumbnail } from "@/lib/server/review/render-stage-thumbnail";

export const dynamic = "force-dynamic";

/**
 * A stage of the room as a small SVG, for whoever may export the room (its trainers and its own
 * group). Never cached: the overview asks again whenever the stage changed.
 */
export async function GET(_request: Request, context: RoomRouteContext<{ roomId: string; stageId: string }>) {
  const options = { route: "stage-thumbnail", paramsSchema: StageRouteParams };
  return handleRoute(context, options, async (user, { roomId, stageId }) => {
    await assertExportAccess(user, roomId);
    return svgResponse(await renderStageThumbnail(roomId, stageId));
  });
}
