import { assertExportAccess, attachmentHeader } from "@/lib/server/exports/assert-export-access";
import { loadRoomDoc } from "@/lib/server/exports/load-room-doc";
import { notesCsv } from "@/lib/server/exports/notes-csv";
import { handleRoute, type RoomRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";

/** The room's sticky notes as CSV, for the room's trainers and its own group's participants. */
export async function GET(_request: Request, context: RoomRouteContext) {
  return handleRoute(context, { route: "export-notes-csv" }, async (user, { roomId }) => {
    const { roomName } = await assertExportAccess(user, roomId);
    const csv = notesCsv(await loadRoomDoc(roomId));
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": attachmentHeader(roomName, "notes.csv"),
        "cache-control": "no-store",
      },
    });
  });
}
