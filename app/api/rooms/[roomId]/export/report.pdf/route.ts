import { assertExportAccess, attachmentHeader } from "@/lib/server/exports/assert-export-access";
import { renderRoomReportPdf } from "@/lib/server/exports/pdf-report";
import { handleRoute, type RoomRouteContext } from "@/lib/server/http/route-frame";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The room's report as PDF, for the room's trainers and its own group's participants. */
export async function GET(_request: Request, context: RoomRouteContext) {
  return handleRoute(context, { route: "export-report-pdf" }, async (user, { roomId }) => {
    const { roomName } = await assertExportAccess(user, roomId);
    const pdf = await renderRoomReportPdf(roomId);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": attachmentHeader(roomName, "report.pdf"),
        "cache-control": "no-store",
      },
    });
  });
}
