import { assertExportAccess } from "@/lib/server/exports/assert-export-access";
import { loadVersionUpdate } from "@/lib/server/history/load-version";
import { handleRoute, type RoomRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";
type Context = RoomRouteContext<{ roomId: string; versionId: string }>;

/** One version's document as a Yjs update (binary); versions never change, so it may be cached. */
export async function GET(_request: Request, context: Context) {
  return handleRoute(context, { route: "version-get" }, async (user, { roomId, versionId }) => {
    await assertExportAccess(user, roomId);
    const update = await loadVersionUpdate(roomId, versionId);
    return new Response(Buffer.from(update), {
      headers: {
        "content-type": "application/octet-stream",
        "cache-control": "private, max-age=31536000, immutable",
      },
    });
  });
}
