import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/auth/session";
import { assertSameOrigin, handleRouteError } from "@/lib/server/http/api-response";
import { deletePeerFeedback } from "@/lib/server/peer-review/delete-peer-feedback";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ cohortId: string; peerReviewId: string; feedbackId: string }> };

/** Deletes an item (its author while the visit is open, or a trainer). */
export async function DELETE(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { cohortId, peerReviewId, feedbackId } = await context.params;
    const deleted = await deletePeerFeedback(await getSessionUser(), cohortId, peerReviewId, feedbackId);
    return NextResponse.json(deleted);
  } catch (error) {
    return handleRouteError(error, "peer-feedback-delete");
  }
}
