import { NextResponse } from "next/server";
import { assertSameOrigin } from "@/lib/server/http/api-response";
import { handleRoute, type CohortRouteContext } from "@/lib/server/http/route-frame";
import { closePeerReview } from "@/lib/server/peer-review/close-peer-review";
import { accessChanged } from "@/lib/server/realtime/access-changes";

export const dynamic = "force-dynamic";
type Context = CohortRouteContext<{ cohortId: string; peerReviewId: string }>;

/** Closes a visit (trainers): the visitors' open connections to the host's board end at once. */
export async function POST(request: Request, context: Context) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "peer-review-close", guard }, async (user, { cohortId, peerReviewId }) => {
    const { review, visitorUserIds } = await closePeerReview(user, cohortId, peerReviewId);
    await Promise.all(visitorUserIds.map((userId) => accessChanged(userId)));
    return NextResponse.json({ peerReview: review });
  });
}
