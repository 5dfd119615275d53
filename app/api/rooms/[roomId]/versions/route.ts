import { assertExportAccess } from "@/lib/server/exports/assert-export-access";
import { listRoomVersions } from "@/lib/server/history/list-room-versions";
import { handleRoute, uncachedJson, type RoomRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";

/** The room's history, oldest first: { versions: [{ id, createdAt, reason, stageId, bytes }] }. */
export async function GET(_request: Request, context: RoomRouteContext) {
  return handleRoute(context, { route: "versions-list" }, async (user, { roomId }) => {
    // Whoever may take the room's work home may also see how it came about.
    await assertExportAccess(user, roomId);
    return uncachedJson({ versions: await listRoomVersions(roomId) });
  });
}
