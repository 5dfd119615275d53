import { NextResponse } from "next/server";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/api-response";
import { handleRoute, uncachedJson, type CohortRouteContext } from "@/lib/server/http/route-frame";
import { listPeerReviews } from "@/lib/server/peer-review/list-peer-reviews";
import { openPeerReview } from "@/lib/server/peer-review/open-peer-review";

export const dynamic = "force-dynamic";

/** The cohort's peer reviews: all for trainers, their own group's for a participant. */
export async function GET(_request: Request, context: CohortRouteContext) {
  return handleRoute(context, { route: "peer-reviews" }, async (user, { cohortId }) =>
    uncachedJson({ peerReviews: await listPeerReviews(user, cohortId) }),
  );
}

/** Opens a visit (trainers): { hostGroupId, visitorGroupId }. */
export async function POST(request: Request, context: CohortRouteContext) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(context, { route: "peer-review-open", guard }, async (user, { cohortId }) => {
    const peerReview = await openPeerReview(user, cohortId, await readJsonBody(request));
    return NextResponse.json({ peerReview }, { status: 201 });
  });
}
