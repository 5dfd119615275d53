import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/auth/session";
import { restoreVersion } from "@/lib/server/history/restore-version";
import { assertSameOrigin, handleRouteError } from "@/lib/server/http/api-response";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ roomId: string; versionId: string }> };

/** Makes the version the room's current board, as a new version (facilitators). */
export async function POST(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { roomId, versionId } = await context.params;
    const result = await restoreVersion(await getSessionUser(), roomId, versionId);
    return NextResponse.json({ restored: true, ...result });
  } catch (error) {
    return handleRouteError(error, "version-restore");
  }
}
