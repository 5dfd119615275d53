import { z } from "zod";
import { getSessionUser } from "@/lib/server/auth/session";
import { assertExportAccess } from "@/lib/server/exports/assert-export-access";
import { handleRouteError } from "@/lib/server/http/api-response";
import { renderStageThumbnail } from "@/lib/server/review/render-stage-thumbnail";
import { STAGE_IDS } from "@/lib/shared/stages";

export const dynamic = "force-dynamic";

const Params = z.object({ roomId: z.string().min(1).max(64), stageId: z.enum(STAGE_IDS) });

/**
 * A stage of the room as a small SVG, for whoever may export the room (its trainers and its own
 * group). Never cached: the overview asks again whenever the stage changed. The SVG is text the
 * server drew with everything escaped; the policy below keeps it inert even when opened directly.
 */
export async function GET(
  _request: Request,
  context: { params: Promise<{ roomId: string; stageId: string }> },
) {
  try {
    const { roomId, stageId } = Params.parse(await context.params);
    await assertExportAccess(await getSessionUser(), roomId);
    const svg = await renderStageThumbnail(roomId, stageId);
    return new Response(svg, {
      headers: {
        "content-type": "image/svg+xml; charset=utf-8",
        "cache-control": "no-store",
        "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    return handleRouteError(error, "stage-thumbnail");
  }
}
