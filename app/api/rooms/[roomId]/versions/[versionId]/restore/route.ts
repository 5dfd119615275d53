import { NextResponse } from "next/server";
import { restoreVersion } from "@/lib/server/history/restore-version";
import { assertSameOrigin } from "@/lib/server/http/api-response";
import { handleRoute, type RoomRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";

/** Makes the version the room's current board, as a new version (facilitators). */
export async function POST(request: Request, context: RoomRouteContext<{ roomId: string; versionId: string }>) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "version-restore", guard }, async (user, { roomId, versionId }) =>
    NextResponse.json({ restored: true, ...(await restoreVersion(user, roomId, versionId)) }),
  );
}
