import { NextResponse } from "next/server";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, type CohortRouteContext } from "@/lib/server/http/route-frame";
import { saveFactorRatings } from "@/lib/server/process/save-factor-ratings";

export const dynamic = "force-dynamic";
type Context = CohortRouteContext<{ cohortId: string; groupId: string }>;

/** Saves the group's ratings for one session: { sessionId, ratings: [{ factor, rating, note? }] }. */
export async function PUT(request: Request, context: Context) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "process-ratings", guard }, async (user, { cohortId, groupId }) =>
    NextResponse.json({
      round: await saveFactorRatings(user, cohortId, groupId, await readJsonBody(request)),
    }),
  );
}
