import { NextResponse } from "next/server";
import { assertSameOrigin } from "@/lib/server/http/api-response";
import { handleRoute, type CohortRouteContext } from "@/lib/server/http/route-frame";
import { deletePeerFeedback } from "@/lib/server/peer-review/delete-peer-feedback";

export const dynamic = "force-dynamic";
type Context = CohortRouteContext<{ cohortId: string; peerReviewId: string; feedbackId: string }>;

/** Deletes an item (its author while the visit is open, or a trainer). */
export async function DELETE(request: Request, context: Context) {
  const guard = () => assertSameOrigin(request);
  return handleRoute(
    context,
    { route: "peer-feedback-delete", guard },
    async (user, { cohortId, peerReviewId, feedbackId }) =>
      NextResponse.json(await deletePeerFeedback(user, cohortId, peerReviewId, feedbackId)),
  );
}
