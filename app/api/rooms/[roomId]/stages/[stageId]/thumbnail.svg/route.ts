import { getSessionUser } from "@/lib/server/auth/session";
import { assertExportAccess } from "@/lib/server/exports/assert-export-access";
import { handleRouteError } from "@/lib/server/http/api-response";
import { StageRouteParams, svgResponse } from "@/lib/server/http/svg-response";
import { renderStageThumbnail } from "@/lib/server/review/render-stage-thumbnail";

export const dynamic = "force-dynamic";

/**
 * A stage of the room as a small SVG, for whoever may export the room (its trainers and its own
 * group). Never cached: the overview asks again whenever the stage changed.
 */
export async function GET(
  _request: Request,
  context: { params: Promise<{ roomId: string; stageId: string }> },
) {
  try {
    const { roomId, stageId } = StageRouteParams.parse(await context.params);
    await assertExportAccess(await getSessionUser(), roomId);
    return svgResponse(await renderStageThumbnail(roomId, stageId));
  } catch (error) {
    return handleRouteError(error, "stage-thumbnail");
  }
}
