import { NextResponse } from "next/server";
import { assertExportAccess, attachmentHeader } from "@/lib/server/exports/assert-export-access";
import { exportRoomBackup } from "@/lib/server/exports/backup";
import { handleRoute, type RoomRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";

/** The whole room document as a JSON backup that POST /api/rooms/import turns into a new room. */
export async function GET(_request: Request, context: RoomRouteContext) {
  return handleRoute(context, { route: "export-backup" }, async (user, { roomId }) => {
    const { roomName } = await assertExportAccess(user, roomId);
    return NextResponse.json(await exportRoomBackup(roomId), {
      headers: {
        "content-disposition": attachmentHeader(roomName, "backup.json"),
        "cache-control": "no-store",
      },
    });
  });
}
