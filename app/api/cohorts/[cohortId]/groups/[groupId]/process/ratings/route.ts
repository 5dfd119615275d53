import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/auth/session";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";
import { saveFactorRatings } from "@/lib/server/process/save-factor-ratings";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ cohortId: string; groupId: string }> };

/** Saves the group's ratings for one session: { sessionId, ratings: [{ factor, rating, note? }] }. */
export async function PUT(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { cohortId, groupId } = await context.params;
    const round = await saveFactorRatings(await getSessionUser(), cohortId, groupId, await readJsonBody(request));
    return NextResponse.json({ round });
  } catch (error) {
    return handleRouteError(error, "process-ratings");
  }
}
