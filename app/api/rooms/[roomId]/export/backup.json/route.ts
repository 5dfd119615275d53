import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/auth/session";
import { assertExportAccess, attachmentHeader } from "@/lib/server/exports/assert-export-access";
import { exportRoomBackup } from "@/lib/server/exports/backup";
import { handleRouteError } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";

/** The whole room document as a JSON backup that POST /api/rooms/import turns into a new room. */
export async function GET(_request: Request, context: { params: Promise<{ roomId: string }> }) {
  try {
    const { roomId } = await context.params;
    const { roomName } = await assertExportAccess(await getSessionUser(), roomId);
    return NextResponse.json(await exportRoomBackup(roomId), {
      headers: {
        "content-disposition": attachmentHeader(roomName, "backup.json"),
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return handleRouteError(error, "export-backup");
  }
}
