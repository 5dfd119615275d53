import { NextResponse } from "next/server";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, type CohortRouteContext } from "@/lib/server/http/route-frame";
import { addPeerFeedback } from "@/lib/server/peer-review/add-peer-feedback";

export const dynamic = "force-dynamic";
type Context = CohortRouteContext<{ cohortId: string; peerReviewId: string }>;

/** Adds an item to the grid (the visiting group, while open): { kind, text }. */
export async function POST(request: Request, context: Context) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "peer-feedback-add", guard }, async (user, { cohortId, peerReviewId }) => {
    const feedback = await addPeerFeedback(user, cohortId, peerReviewId, await readJsonBody(request));
    return NextResponse.json({ feedback }, { status: 201 });
  });
}
