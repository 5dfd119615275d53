import { handleRoute, uncachedJson, type CohortRouteContext } from "@/lib/server/http/route-frame";
import { getPeerReview } from "@/lib/server/peer-review/get-peer-review";

export const dynamic = "force-dynamic";
type Context = CohortRouteContext<{ cohortId: string; peerReviewId: string }>;

/** One visit with its feedback grid (trainers, the host group, the visiting group). */
export async function GET(_request: Request, context: Context) {
  return handleRoute(context, { route: "peer-review" }, async (user, { cohortId, peerReviewId }) =>
    uncachedJson({ peerReview: await getPeerReview(user, cohortId, peerReviewId) }),
  );
}
