import { getSessionUser } from "@/lib/server/auth/session";
import { assertExportAccess } from "@/lib/server/exports/assert-export-access";
import { loadVersionUpdate } from "@/lib/server/history/load-version";
import { handleRouteError } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ roomId: string; versionId: string }> };

/** One version's document as a Yjs update (binary); versions never change, so it may be cached. */
export async function GET(_request: Request, context: Context) {
  try {
    const { roomId, versionId } = await context.params;
    await assertExportAccess(await getSessionUser(), roomId);
    const update = await loadVersionUpdate(roomId, versionId);
    return new Response(Buffer.from(update), {
      headers: {
        "content-type": "application/octet-stream",
        "cache-control": "private, max-age=31536000, immutable",
      },
    });
  } catch (error) {
    return handleRouteError(error, "version-get");
  }
}
