import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/auth/session";
import { assertSameOrigin, handleRouteError } from "@/lib/server/http/api-response";
import { closePeerReview } from "@/lib/server/peer-review/close-peer-review";
import { accessChanged } from "@/lib/server/realtime/access-changes";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ cohortId: string; peerReviewId: string }> };

/** Closes a visit (trainers): the visitors' open connections to the host's board end at once. */
export async function POST(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { cohortId, peerReviewId } = await context.params;
    const { review, visitorUserIds } = await closePeerReview(await getSessionUser(), cohortId, peerReviewId);
    await Promise.all(visitorUserIds.map((userId) => accessChanged(userId)));
    return NextResponse.json({ peerReview: review });
  } catch (error) {
    return handleRouteError(error, "peer-review-close");
  }
}
