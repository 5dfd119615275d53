import { getSessionUser } from "@/lib/server/auth/session";
import { assertExportAccess, attachmentHeader } from "@/lib/server/exports/assert-export-access";
import { renderRoomReportPdf } from "@/lib/server/exports/pdf-report";
import { handleRouteError } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The room's report as PDF, for the room's trainers and its own group's participants. */
export async function GET(_request: Request, context: { params: Promise<{ roomId: string }> }) {
  try {
    const { roomId } = await context.params;
    const { roomName } = await assertExportAccess(await getSessionUser(), roomId);
    const pdf = await renderRoomReportPdf(roomId);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": attachmentHeader(roomName, "report.pdf"),
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return handleRouteError(error, "export-report-pdf");
  }
}
