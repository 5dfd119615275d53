import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/auth/session";
import { assertExportAccess } from "@/lib/server/exports/assert-export-access";
import { listRoomVersions } from "@/lib/server/history/list-room-versions";
import { handleRouteError } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";

/** The room's history, oldest first: { versions: [{ id, createdAt, reason, stageId, bytes }] }. */
export async function GET(_request: Request, context: { params: Promise<{ roomId: string }> }) {
  try {
    const { roomId } = await context.params;
    // Whoever may take the room's work home may also see how it came about.
    await assertExportAccess(await getSessionUser(), roomId);
    return NextResponse.json(
      { versions: await listRoomVersions(roomId) },
      { headers: { "cache-control": "no-store" } },
    );
  } catch (error) {
    return handleRouteError(error, "versions-list");
  }
}
