import { getSessionUser } from "@/lib/server/auth/session";
import { assertExportAccess, attachmentHeader } from "@/lib/server/exports/assert-export-access";
import { loadRoomDoc } from "@/lib/server/exports/load-room-doc";
import { notesCsv } from "@/lib/server/exports/notes-csv";
import { handleRouteError } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";

/** The room's sticky notes as CSV, for the room's trainers and its own group's participants. */
export async function GET(_request: Request, context: { params: Promise<{ roomId: string }> }) {
  try {
    const { roomId } = await context.params;
    const { roomName } = await assertExportAccess(await getSessionUser(), roomId);
    const csv = notesCsv(await loadRoomDoc(roomId));
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": attachmentHeader(roomName, "notes.csv"),
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return handleRouteError(error, "export-notes-csv");
  }
}
