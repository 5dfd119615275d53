import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/server/auth/session";
import { assertSameOrigin, handleRouteError, readJsonBody } from "@/lib/server/http/api-response";
import { listPeerReviews } from "@/lib/server/peer-review/list-peer-reviews";
import { openPeerReview } from "@/lib/server/peer-review/open-peer-review";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ cohortId: string }> };

/** The cohort's peer reviews: all for trainers, their own group's for a participant. */
export async function GET(_request: Request, context: Context) {
  try {
    const { cohortId } = await context.params;
    const peerReviews = await listPeerReviews(await getSessionUser(), cohortId);
    return NextResponse.json({ peerReviews }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return handleRouteError(error, "peer-reviews");
  }
}

/** Opens a visit (trainers): { hostGroupId, visitorGroupId }. */
export async function POST(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { cohortId } = await context.params;
    const peerReview = await openPeerReview(await getSessionUser(), cohortId, await readJsonBody(request));
    return NextResponse.json({ peerReview }, { status: 201 });
  } catch (error) {
    return handleRouteError(error, "peer-review-open");
  }
}
